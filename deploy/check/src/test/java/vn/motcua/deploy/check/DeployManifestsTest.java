package vn.motcua.deploy.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** deploy/k8s renders, and every object it renders is valid for Kubernetes, Strimzi and CloudNativePG. */
class DeployManifestsTest {

    private static ManifestValidator validator;

    @BeforeAll
    static void validator() throws Exception {
        validator = ManifestValidator.create();
        if (!validator.checksCloudNativePg()) {
            System.out.println("SKIPPED the CloudNativePG part of the check: no CRDs at " + validator.cnpgSource());
        }
    }

    static List<Manifest> render(String directory) {
        return Manifest.parse(Kustomize.render(ManifestValidator.repositoryRoot().resolve(directory)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"deploy/k8s/base", "deploy/k8s/overlays/province"})
    void everyRenderedObjectMatchesItsSchema(String directory) {
        List<Manifest> manifests = render(directory);
        ManifestValidator.Report report = validator.validate(manifests);

        System.out.printf("%s: %d objects, %d validated, %d unchecked%n", directory, manifests.size(), report.checked(),
                report.unchecked().size());
        assertThat(report.problems()).isEmpty();
        assertThat(report.checked() + report.unchecked().size()).isEqualTo(manifests.size());
    }

    @Test
    void cloudNativePgResourcesAreCheckedAgainstTheirCrds() {
        assumeTrue(validator.checksCloudNativePg(), "no CloudNativePG CRDs at " + validator.cnpgSource());
        ManifestValidator.Report report = validator.validate(render("deploy/k8s/overlays/province"));

        assertThat(report.unchecked()).isEmpty();
        assertThat(report.problems()).isEmpty();
    }

    @Test
    void theProvinceGetsWhatIssue15Asks() {
        List<Manifest> manifests = render("deploy/k8s/overlays/province");
        Map<String, List<Manifest>> byKind = manifests.stream().collect(Collectors.groupingBy(Manifest::kind));

        List<Manifest> deployments = byKind.get("Deployment");
        assertThat(deployments).extracting(Manifest::name)
                .containsExactlyInAnyOrder("intake-service", "processing-service", "sla-service", "notification-service",
                        "portal-sync-service");
        for (Manifest deployment : deployments) {
            JsonNode pod = deployment.json().path("spec").path("template").path("spec");
            JsonNode container = pod.path("containers").path(0);
            assertThat(deployment.json().path("spec").path("replicas").asInt()).as(deployment.name()).isEqualTo(2);
            assertThat(container.path("readinessProbe").path("httpGet").path("path").asString()).isEqualTo("/q/health/ready");
            assertThat(container.path("livenessProbe").path("httpGet").path("path").asString()).isEqualTo("/q/health/live");
            // health and metrics are on the management interface, never on the API port the Ingress reaches
            for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                assertThat(container.path(probe).path("httpGet").path("port").asString()).as(deployment.name() + " " + probe)
                        .isEqualTo("management");
            }
            assertThat(container.path("ports").valueStream().map(p -> p.path("name").asString()))
                    .as(deployment.name()).containsExactlyInAnyOrder("http", "management");
            assertThat(pod.path("containers").size()).isEqualTo(1);
            assertThat(deployment.json().path("spec").path("template").path("metadata").path("annotations")
                    .path("prometheus.io/port").asString()).isEqualTo(String.valueOf(container.path("ports").valueStream()
                    .filter(p -> p.path("name").asString().equals("management")).findFirst().orElseThrow()
                    .path("containerPort").asInt()));
            assertThat(container.path("resources").path("requests").isObject()).as(deployment.name()).isTrue();
            assertThat(container.path("resources").path("limits").path("memory").isString()).isTrue();
            assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
            assertThat(container.path("securityContext").path("readOnlyRootFilesystem").asBoolean()).isTrue();
        }
        assertThat(byKind.get("PodDisruptionBudget")).hasSize(5);
        assertThat(byKind.get("HorizontalPodAutoscaler")).extracting(m -> m.json().path("spec").path("scaleTargetRef")
                .path("name").asString()).containsExactly("intake-service");
        assertThat(byKind.get("NetworkPolicy")).extracting(Manifest::name).contains("motcua-services-default-deny");
        assertThat(servicesIngress(byKind.get("NetworkPolicy"))).containsExactlyInAnyOrder(
                "ingress-nginx -> http", "monitoring -> management");
        assertThat(byKind.get("Ingress")).isNotEmpty();
        assertThat(byKind.get("KafkaNodePool").getFirst().json().path("spec").path("replicas").asInt()).isEqualTo(3);
        assertThat(byKind.get("KafkaTopic")).extracting(Manifest::name).contains("dossier.lifecycle.v1",
                "dossier.lifecycle.v1.dlq", "dossier.sla.v1", "notification.outcome.v1", "calendar.v1");
        JsonNode cluster = byKind.get("Cluster").getFirst().json().path("spec");
        assertThat(cluster.path("instances").asInt()).isEqualTo(3);
        // one database per service, each owned by the service's own role
        assertThat(cluster.path("bootstrap").path("initdb").path("database").asString()).isEqualTo("intake");
        assertThat(byKind.get("Database")).extracting(m -> m.json().path("spec").path("name").asString() + ":"
                + m.json().path("spec").path("owner").asString())
                .containsExactlyInAnyOrder("processing:processing", "sla:sla", "notification:notification",
                        "portalsync:portalsync");
        assertThat(byKind.get("ScheduledBackup")).hasSize(1);
        // Secrets are made in the cluster (deploy/k8s/secrets.sh), never rendered from the repository.
        assertThat(byKind).doesNotContainKey("Secret");
    }

    /** The services' ingress rules as "namespace -> port", one per namespace and port they let in. */
    private static List<String> servicesIngress(List<Manifest> policies) {
        JsonNode rules = policies.stream().filter(p -> p.name().equals("motcua-services-ingress")).findFirst().orElseThrow()
                .json().path("spec").path("ingress");
        return rules.valueStream().flatMap(rule -> rule.path("from").valueStream().flatMap(from -> rule.path("ports")
                .valueStream().map(port -> from.path("namespaceSelector").path("matchLabels")
                        .path("kubernetes.io/metadata.name").asString() + " -> " + port.path("port").asString())))
                .toList();
    }
}
