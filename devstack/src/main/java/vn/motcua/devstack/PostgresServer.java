package vn.motcua.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Embedded PostgreSQL (zonky's binaries, a real server process) with a kept or temporary data directory. */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";
    private static final Logger LOG = System.getLogger(PostgresServer.class.getName());

    private final Path dir;
    private final boolean temporary;
    private volatile EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres, Path dir, boolean temporary) {
        this.postgres = postgres;
        this.dir = dir;
        this.temporary = temporary;
    }

    /** Starts on port (0 = free) with its data in dataDir, or in a temporary directory when null. */
    public static PostgresServer start(int port, Path dataDir) {
        try {
            boolean temporary = dataDir == null;
            Path dir = temporary ? Files.createTempDirectory("devstack-pg") : dataDir.toAbsolutePath().normalize();
            if (!temporary) {
                StalePostmaster.clear(dir);
            }
            int actualPort = Ports.resolve(port, "PostgreSQL", DevstackConfig.PG_PORT_ENV);
            return new PostgresServer(launch(actualPort, dir, temporary), dir, temporary);
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
    }

    /**
     * Stops the server as an operator's restart does (fast shutdown: sessions are cut, open transactions roll back)
     * and starts it again on the same port and data: clients see their connections fail, then succeed again.
     */
    public synchronized void restart() {
        int port = port();
        stop();
        try {
            postgres = launch(port, dir, temporary);
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start again", e);
        }
    }

    private static EmbeddedPostgres launch(int port, Path dir, boolean temporary) throws IOException {
        long started = System.nanoTime();
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                // fsync only protects against an OS crash; a local or test database can lose that.
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("max_connections", "300")
                .setServerConfig("shared_buffers", "64MB")
                .setServerConfig("timezone", "UTC")
                // the data directory is ours (kept, or deleted by close), so a restart finds its databases
                .setDataDirectory(dir.resolve("postgres"))
                .setCleanDataDirectory(false);
        if (!temporary) {
            Files.createDirectories(dir);
            ProcessBuilder.Redirect log = ProcessBuilder.Redirect.appendTo(dir.resolve("postgres.log").toFile());
            builder.setOutputRedirector(log).setErrorRedirector(log);
        }
        EmbeddedPostgres postgres = builder.start();
        LOG.log(Level.INFO, "PostgreSQL started on localhost:{0,number,#} in {1} ms, data in {2}", port,
                (System.nanoTime() - started) / 1_000_000, temporary ? "a temporary directory" : dir.resolve("postgres"));
        return postgres;
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    public void createDatabase(String name) {
        Databases.ensureExists(jdbcUrl("postgres"), USER, PASSWORD, name);
    }

    /** Stops the server; a temporary data directory is deleted. */
    @Override
    public synchronized void close() {
        stop();
        if (temporary) {
            FileTrees.deleteQuietly(dir);
        }
    }

    private void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "PostgreSQL did not stop cleanly", e);
        }
    }
}
