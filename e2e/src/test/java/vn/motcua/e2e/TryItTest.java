package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The README's "Try it" walkthrough runs, command for command, against the running platform. */
class TryItTest {
    private static final Path REPO = Path.of("").toAbsolutePath().getParent();
    private static final Path SCRIPT = REPO.resolve("deploy/local/try-it.sh");

    @Test
    void walkthroughWorks() throws IOException, InterruptedException {
        Platform platform = Platform.get();
        ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString()).directory(REPO.toFile())
                .redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("INTAKE_URL", platform.url("intake"));
        env.put("PROCESSING_URL", platform.url("processing"));
        env.put("SLA_URL", platform.url("sla"));
        env.put("IMAP_URL", "imap://localhost:" + platform.devstack().mail().orElseThrow().imapPort());
        env.put("DEVSTACK_KEYS_DIR", platform.keysDir().toString());
        env.put("JAVA_HOME", Path.of(ProcessHandle.current().info().command().orElseThrow()).getParent().getParent()
                .toString());
        Process process = builder.start();
        boolean finished = process.waitFor(180, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(finished).as("walkthrough finished in time; output:\n" + output).isTrue();
        assertThat(process.exitValue()).as("walkthrough output:\n" + output).isZero();
        assertThat(output).contains("Received 000.03.30.H56-")
                .contains("Subject:")
                .contains("\"kind\":\"AUTO_APOLOGY\"")
                .contains("\"rows\":");
        assertThat(REPO.resolve("receipt.html")).exists();
        assertThat(REPO.resolve("apology.eml")).content(StandardCharsets.UTF_8).contains("Subject:")
                .contains("try.it.");
        Files.deleteIfExists(REPO.resolve("receipt.html"));
        Files.deleteIfExists(REPO.resolve("apology.eml"));
    }

    @Test
    void readmeShowsTheScriptVerbatim() throws IOException {
        String script = Files.readString(SCRIPT);
        int begin = script.indexOf("\n# --- begin\n") + "\n# --- begin\n".length();
        String walkthrough = script.substring(begin, script.indexOf("\n# --- end", begin) + 1);
        assertThat(Files.readString(REPO.resolve("README.md"))).contains(walkthrough);
    }
}
