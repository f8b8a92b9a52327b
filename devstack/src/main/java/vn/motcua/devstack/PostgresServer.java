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

    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts on port (0 = free) with its data in dataDir, or in a temporary directory when null. */
    public static PostgresServer start(int port, Path dataDir) {
        long started = System.nanoTime();
        try {
            Path dir = dataDir == null ? null : dataDir.toAbsolutePath().normalize();
            if (dir != null) {
                StalePostmaster.clear(dir);
            }
            int actualPort = Ports.resolve(port, "PostgreSQL", DevstackConfig.PG_PORT_ENV);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(actualPort)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // fsync only protects against an OS crash; a local or test database can lose that.
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("shared_buffers", "64MB")
                    .setServerConfig("timezone", "UTC");
            if (dir != null) {
                Files.createDirectories(dir);
                ProcessBuilder.Redirect log = ProcessBuilder.Redirect.appendTo(dir.resolve("postgres.log").toFile());
                builder.setDataDirectory(dir.resolve("postgres"))
                        .setCleanDataDirectory(false)
                        .setOutputRedirector(log)
                        .setErrorRedirector(log);
            }
            PostgresServer server = new PostgresServer(builder.start());
            LOG.log(Level.INFO, "PostgreSQL started on localhost:{0,number,#} in {1} ms, data in {2}",
                    actualPort, (System.nanoTime() - started) / 1_000_000,
                    dir == null ? "a temporary directory" : dir.resolve("postgres"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
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

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "PostgreSQL did not stop cleanly", e);
        }
    }
}
