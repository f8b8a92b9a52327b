package vn.motcua.deploy.check;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** One Kubernetes object of a rendered manifest stream. */
record Manifest(String apiVersion, String kind, String name, JsonNode json) {

    static final YAMLMapper YAML = YAMLMapper.builder().build();

    /** The API group ("" for the core group). */
    String group() {
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }

    String version() {
        return apiVersion.substring(apiVersion.indexOf('/') + 1);
    }

    @Override
    public String toString() {
        return kind + "/" + name + " (" + apiVersion + ")";
    }

    /** Every non-empty document of a YAML stream. */
    static List<Manifest> parse(String yaml) {
        List<Manifest> manifests = new ArrayList<>();
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (documents.hasNextValue()) {
                JsonNode document = documents.nextValue();
                if (document == null || document.isNull() || document.isEmpty()) {
                    continue;
                }
                manifests.add(new Manifest(document.path("apiVersion").asString(""), document.path("kind").asString(""),
                        document.path("metadata").path("name").asString(""), document));
            }
        }
        return manifests;
    }
}
