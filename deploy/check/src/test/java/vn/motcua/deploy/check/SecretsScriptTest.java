package vn.motcua.deploy.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * deploy/k8s/secrets.sh makes valid Secrets, and every Secret the province's manifests need (all but the optional
 * ones and the TLS certificates, which come from the cluster's certificate manager).
 */
class SecretsScriptTest {

    private static final Set<String> SECRET_REFERENCES = Set.of("secret", "passwordSecret", "accessKeyId", "secretAccessKey");

    @Test
    void theScriptMakesEverySecretTheManifestsNeed() throws Exception {
        List<Manifest> secrets = Manifest.parse(runSecretsScript());
        ManifestValidator validator = ManifestValidator.create();

        assertThat(validator.validate(secrets).problems()).isEmpty();
        Set<String> needed = new TreeSet<>();
        for (Manifest manifest : DeployManifestsTest.render("deploy/k8s/overlays/province")) {
            if (manifest.kind().equals("Deployment") || manifest.kind().equals("Cluster")) {
                collect(manifest.json(), null, needed);
            }
        }
        assertThat(needed).contains("motcua-jwt", "motcua-db-intake", "motcua-backup-s3");
        assertThat(secrets).extracting(Manifest::name).containsAll(needed);
        assertThat(secrets).allSatisfy(s -> assertThat(s.json().path("metadata").path("namespace").asString())
                .isEqualTo("motcua"));
    }

    /** Names of the Secrets an object refers to: secretKeyRef (unless optional), secret volumes, CNPG references. */
    private static void collect(JsonNode node, String field, Set<String> names) {
        if (node.isObject()) {
            if ("secretKeyRef".equals(field) && !node.path("optional").asBoolean(false)) {
                names.add(node.path("name").asString());
            } else if ("secret".equals(field) && node.has("secretName")) {
                names.add(node.path("secretName").asString());
            } else if (field != null && SECRET_REFERENCES.contains(field) && node.has("name")) {
                names.add(node.path("name").asString());
            }
            for (Map.Entry<String, JsonNode> child : node.properties()) {
                collect(child.getValue(), child.getKey(), names);
            }
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, field, names));
        }
    }

    private static String runSecretsScript() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", "../k8s/secrets.sh", "--print", "motcua");
        builder.environment().putAll(Map.of("KEYS_DIR", Path.of("target/test-keys").toString(),
                "BACKUP_S3_ACCESS_KEY_ID", "example-id", "BACKUP_S3_SECRET_ACCESS_KEY", "example-secret"));
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("secrets.sh exit code").isZero();
        return out;
    }
}
