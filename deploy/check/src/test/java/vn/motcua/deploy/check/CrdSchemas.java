package vn.motcua.deploy.check;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Validates custom resources against the openAPIV3Schema of their CustomResourceDefinition, made strict the way the
 * API server treats structural schemas with strict field validation: an object schema that lists its properties
 * accepts no others unless it says {@code x-kubernetes-preserve-unknown-fields}.
 */
final class CrdSchemas {

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30());
    private final Map<String, Schema> schemas = new HashMap<>();
    private final Set<String> groups = new HashSet<>();

    /** Every CRD in the YAML files of a directory. */
    CrdSchemas load(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                Manifest.parse(Files.readString(file)).stream()
                        .filter(m -> m.kind().equals("CustomResourceDefinition"))
                        .forEach(this::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    boolean knowsGroup(String group) {
        return groups.contains(group);
    }

    int size() {
        return schemas.size();
    }

    List<String> validate(Manifest manifest) {
        Schema schema = schemas.get(key(manifest.group(), manifest.version(), manifest.kind()));
        if (schema == null) {
            return List.of("no CRD defines " + manifest.apiVersion() + " " + manifest.kind());
        }
        List<String> problems = new ArrayList<>();
        for (Error error : schema.validate(manifest.json())) {
            problems.add(error.getInstanceLocation() + ": " + error.getMessage());
        }
        return problems;
    }

    private void add(Manifest crd) {
        JsonNode spec = crd.json().path("spec");
        String group = spec.path("group").asString();
        String kind = spec.path("names").path("kind").asString();
        for (JsonNode version : spec.path("versions")) {
            JsonNode openApi = version.path("schema").path("openAPIV3Schema");
            if (!version.path("served").asBoolean(true) || !openApi.isObject()) {
                continue;
            }
            JsonNode strict = openApi.deepCopy();
            strict(strict);
            schemas.put(key(group, version.path("name").asString(), kind), registry.getSchema(strict));
            groups.add(group);
        }
    }

    private static String key(String group, String version, String kind) {
        return group + "/" + version + "/" + kind;
    }

    /** Closes every object schema with listed properties, and spells out int-or-string for the validator. */
    static void strict(JsonNode schema) {
        if (!(schema instanceof ObjectNode node)) {
            return;
        }
        boolean preserve = node.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        if (node.has("properties") && !node.has("additionalProperties") && !preserve) {
            node.put("additionalProperties", false);
        }
        if (node.path("x-kubernetes-int-or-string").asBoolean(false) && !node.has("anyOf") && !node.has("type")) {
            ArrayNode anyOf = node.putArray("anyOf");
            anyOf.add(JsonNodeFactory.instance.objectNode().put("type", "integer"));
            anyOf.add(JsonNodeFactory.instance.objectNode().put("type", "string"));
        }
        node.path("properties").forEach(CrdSchemas::strict);
        strict(node.path("items"));
        strict(node.path("additionalProperties"));
        strict(node.path("not"));
        for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
            node.path(combinator).forEach(CrdSchemas::strict);
        }
    }
}
