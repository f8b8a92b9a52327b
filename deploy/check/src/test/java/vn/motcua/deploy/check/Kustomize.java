package vn.motcua.deploy.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Renders a Kustomize directory with {@code kubectl kustomize} (Kustomize is built into kubectl; offline). */
final class Kustomize {

    private Kustomize() {
    }

    static String render(Path directory) {
        ProcessBuilder builder = new ProcessBuilder("kubectl", "kustomize", directory.toString())
                .redirectError(ProcessBuilder.Redirect.PIPE);
        try {
            Process process = builder.start();
            byte[] out = process.getInputStream().readAllBytes();
            byte[] err = process.getErrorStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize " + directory + " failed: "
                        + new String(err, StandardCharsets.UTF_8).strip());
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("kubectl not found (it renders Kustomize): install kubectl 1.27+", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
