package vn.motcua.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Cleans up after a launcher that was killed: its PostgreSQL may still run (it is a separate
 * process), or its postmaster.pid may name a process id that now belongs to something else, which
 * makes PostgreSQL refuse to start.
 */
final class StalePostmaster {

    private static final Logger LOG = System.getLogger(StalePostmaster.class.getName());

    private StalePostmaster() {
    }

    static void clear(Path dataDir) {
        Path pgData = dataDir.resolve("postgres");
        Path pidFile = pgData.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return;
            }
            List<String> lines = Files.readAllLines(pidFile);
            Optional<ProcessHandle> process = lines.isEmpty() ? Optional.empty()
                    : ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
            if (process.isPresent() && process.get().isAlive() && isPostgresFor(process.get(), pgData)) {
                LOG.log(Level.WARNING, "Stopping PostgreSQL left running from an earlier run (pid {0})",
                        process.get().pid());
                stop(process.get());
            }
            Files.deleteIfExists(pidFile);
        } catch (NumberFormatException e) {
            deleteQuietly(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot inspect " + pidFile, e);
        }
    }

    private static boolean isPostgresFor(ProcessHandle process, Path pgData) {
        String command = process.info().commandLine().orElse("");
        return command.contains("postgres") && command.contains(pgData.toAbsolutePath().toString());
    }

    /** SIGTERM first (clean checkpoint); connected clients can hold that up, hence the SIGKILL. */
    private static void stop(ProcessHandle postmaster) {
        postmaster.destroy();
        try {
            postmaster.onExit().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            postmaster.destroyForcibly();
            postmaster.onExit().orTimeout(10, TimeUnit.SECONDS).join();
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot delete " + file, e);
        }
    }
}
