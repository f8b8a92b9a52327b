package vn.motcua.deploy.check;

import com.google.gson.JsonParseException;
import io.kubernetes.client.openapi.JSON;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Validates objects of the core Kubernetes kinds through the official Java client's models, which are generated from
 * the Kubernetes OpenAPI and check their JSON strictly while reading it: a field the API does not define, a required
 * field missing or a value of the wrong type is an error, as the API server's strict field validation would make it.
 */
final class CoreModels {

    /** apiVersion/kind to model class; a kind not listed has no schema here and fails the check. */
    private static final Map<String, String> MODELS = new TreeMap<>(Map.ofEntries(
            Map.entry("v1/Namespace", "V1Namespace"),
            Map.entry("v1/ConfigMap", "V1ConfigMap"),
            Map.entry("v1/Secret", "V1Secret"),
            Map.entry("v1/Service", "V1Service"),
            Map.entry("v1/ServiceAccount", "V1ServiceAccount"),
            Map.entry("v1/PersistentVolumeClaim", "V1PersistentVolumeClaim"),
            Map.entry("apps/v1/Deployment", "V1Deployment"),
            Map.entry("apps/v1/StatefulSet", "V1StatefulSet"),
            Map.entry("batch/v1/Job", "V1Job"),
            Map.entry("batch/v1/CronJob", "V1CronJob"),
            Map.entry("policy/v1/PodDisruptionBudget", "V1PodDisruptionBudget"),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", "V2HorizontalPodAutoscaler"),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", "V1NetworkPolicy"),
            Map.entry("networking.k8s.io/v1/Ingress", "V1Ingress"),
            Map.entry("rbac.authorization.k8s.io/v1/Role", "V1Role"),
            Map.entry("rbac.authorization.k8s.io/v1/RoleBinding", "V1RoleBinding")));

    private CoreModels() {
    }

    static boolean knows(Manifest manifest) {
        return MODELS.containsKey(manifest.apiVersion() + "/" + manifest.kind());
    }

    /** The first problem the model finds, if any. */
    static Optional<String> validate(Manifest manifest) {
        String model = MODELS.get(manifest.apiVersion() + "/" + manifest.kind());
        if (model == null) {
            return Optional.of("no Kubernetes schema for " + manifest.apiVersion() + " " + manifest.kind()
                    + " (known: " + String.join(", ", MODELS.keySet()) + ")");
        }
        return read(manifest.json().toString(), "io.kubernetes.client.openapi.models." + model);
    }

    /** Object metadata alone (of custom resources, whose CRD schemas leave it open). */
    static Optional<String> validateMetadata(Manifest manifest) {
        return read(manifest.json().path("metadata").toString(), "io.kubernetes.client.openapi.models.V1ObjectMeta");
    }

    private static Optional<String> read(String json, String modelClass) {
        try {
            JSON.getGson().fromJson(json, Class.forName(modelClass));
            return Optional.empty();
        } catch (JsonParseException | IllegalArgumentException | IllegalStateException e) {
            return Optional.of(shorten(e));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("no model " + modelClass + " in this kubernetes client-java-api", e);
        }
    }

    /** The generated messages quote the whole JSON object after the point; the point is enough. */
    private static String shorten(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getMessage() != null && !cause.getMessage().contains("`")) {
            cause = cause.getCause();
        }
        String message = String.valueOf(cause.getMessage());
        int json = message.indexOf(" JSON: ");
        return (json > 0 ? message.substring(0, json) : message).strip();
    }
}
