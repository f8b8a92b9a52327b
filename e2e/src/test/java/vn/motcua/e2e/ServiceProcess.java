package vn.motcua.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One packaged service started as a separate JVM, the way the local run starts it. */
final class ServiceProcess implements AutoCloseable {
    private final String name;
    private final int port;
    private final int managementPort;
    private final Path log;
    private final Process process;
    private final Path jar;
    private final Map<String, String> env;

    private ServiceProcess(String name, int port, int managementPort, Path log, Process process, Path jar,
            Map<String, String> env) {
        this.name = name;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
        this.process = process;
        this.jar = jar;
        this.env = env;
    }

    /** The API on {@code port}, health and metrics on {@code managementPort} (the management interface). */
    static ServiceProcess start(String name, Path jar, int port, int managementPort, Map<String, String> env,
            Path logDir) {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw verify builds them)");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Path log = logDir.resolve(name + "-" + System.nanoTime() + ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx256m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Dquarkus.http.port=" + port, "-Dquarkus.management.port=" + managementPort,
                "-jar", jar.toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        try {
            Files.createDirectories(logDir);
            return new ServiceProcess(name, port, managementPort, log, builder.start(), jar, env);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /** Kills the process without letting it shut down (kill -9), as a crash would. */
    void crash() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The same service started again on the same port with the same environment. */
    ServiceProcess startAgain() {
        return start(name, jar, port, managementPort, env, log.getParent());
    }

    /** Another instance of the same service with the same environment on other ports. */
    ServiceProcess another(int otherPort, int otherManagementPort) {
        return start(name, jar, otherPort, otherManagementPort, env, log.getParent());
    }

    String url() {
        return "http://localhost:" + port;
    }

    /** The management interface: /q/health, /q/metrics, /q/openapi. */
    String managementUrl() {
        return "http://localhost:" + managementPort;
    }

    void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; log:\n" + tail());
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(managementUrl() + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(300);
        }
        throw new IllegalStateException(name + " not ready within " + timeout + "; log:\n" + tail());
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
