package vn.motcua.testkit;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A program of the machine (python3, poppler's pdftoppm and pdftotext) run on a file a test wrote: a reader no one
 * here wrote. .ci/run installs them; a missing one fails the test, naming it.
 */
public final class ExternalTool {
    private ExternalTool() {
    }

    /** The command's standard output (UTF-8), its files kept in {@code dir}; fails unless it exits with 0 in a minute. */
    public static String run(Path dir, String... command) throws IOException {
        Path out = Files.createTempFile(dir, command[0], ".out");
        File err = new File(out + ".err");
        Process p;
        try {
            p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err).start();
        } catch (IOException e) {
            throw new AssertionError(command[0] + " is not installed (.ci/run installs python3 and poppler-utils)", e);
        }
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(command[0] + " did not finish in a minute");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        if (p.exitValue() != 0) {
            throw new AssertionError(command[0] + " exited with " + p.exitValue() + ": " + Files.readString(err.toPath()));
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
