package vn.motcua.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The API contract every service publishes (GET /q/openapi on the management port): each operation has an
 * operationId unique in the service and declares its security, the bearer token or, on the public pages and
 * endpoints, none ({@code security: []}); nothing under /q is documented. The document is also written to
 * {@code target/openapi/<service>.json}, which .ci/run lints with Redocly's recommended rules.
 * A service's {@code @QuarkusTest} extends it and names itself.
 */
public abstract class OpenApiContract {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    /** e.g. {@code intake-service}. */
    protected abstract String serviceName();

    /** Paths anyone may call without a token: the citizen's lookup (/public, the /tra-cuu pages). */
    protected boolean isPublic(String path) {
        return path.startsWith("/public/") || path.equals("/tra-cuu") || path.startsWith("/tra-cuu/");
    }

    @Test
    public void everyOperationIsNamedOnceAndDeclaresItsSecurity() {
        String json = Management.given().accept("application/json").get("/q/openapi?format=json").then()
                .statusCode(200).extract().asString();
        write(json);
        Map<String, Map<String, Map<String, Object>>> paths = JsonPath.from(json).getMap("paths");
        List<String> problems = new ArrayList<>();
        Map<String, String> operationIds = new HashMap<>();
        for (var path : paths.entrySet()) {
            if (path.getKey().startsWith("/q/") || path.getKey().equals("/q")) {
                problems.add(path.getKey() + " is documented: management endpoints are not part of the API");
            }
            for (var operation : path.getValue().entrySet()) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                String where = operation.getKey().toUpperCase() + " " + path.getKey();
                check(where, operation.getValue(), isPublic(path.getKey()), operationIds, problems);
            }
        }
        assertTrue(operationIds.size() > 0, "the document has no operation");
        assertEquals(List.of(), problems, "the OpenAPI document of " + serviceName());
    }

    private static void check(String where, Map<String, Object> operation, boolean open, Map<String, String> ids,
            List<String> problems) {
        Object id = operation.get("operationId");
        if (!(id instanceof String name) || name.isBlank()) {
            problems.add(where + " has no operationId");
        } else if (ids.putIfAbsent(name, where) != null) {
            problems.add(where + " has operationId " + name + ", as " + ids.get(name) + " has");
        }
        Object security = operation.get("security");
        if (!(security instanceof List<?> requirements)) {
            problems.add(where + " declares no security");
        } else if (open && !requirements.isEmpty()) {
            problems.add(where + " is public but declares " + requirements);
        } else if (!open && (requirements.isEmpty() || requirements.stream()
                .noneMatch(r -> r instanceof Map<?, ?> m && m.containsKey("bearer")))) {
            problems.add(where + " needs a token but declares " + requirements);
        }
    }

    private void write(String json) {
        try {
            Path file = Path.of("target", "openapi", serviceName() + ".json");
            Files.createDirectories(file.getParent());
            Files.writeString(file, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
