package vn.motcua.support.api;

import java.util.List;
import java.util.Map;

/** A rule of ours refused the request; becomes a problem+json response with the given status. */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String title;
    private final List<FieldError> errors;
    private final Map<String, Object> extensions;

    public ProblemException(int status, String title, String detail, List<FieldError> errors,
            Map<String, Object> extensions) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    public static ProblemException badRequest(String field, String message) {
        return new ProblemException(400, "Invalid request", field + ": " + message, List.of(new FieldError(field, message)), null);
    }

    public static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(400, "Invalid request", errors.size() + " field(s) invalid", errors, null);
    }

    public static ProblemException unprocessable(String field, String message) {
        return new ProblemException(422, "Unprocessable request", message, List.of(new FieldError(field, message)), null);
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "Not found", what + " not found", null, null);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "Forbidden", detail, null, null);
    }

    public static ProblemException conflict(String detail, Map<String, Object> extensions) {
        return new ProblemException(409, "Conflict", detail, null, extensions);
    }

    /**
     * The same refusal about one item of a batch request: its fields and its detail prefixed with the item's JSON
     * path (e.g. {@code dossiers[7]}); a refusal without fields names the item itself.
     */
    public ProblemException forItem(String itemPath) {
        List<FieldError> named = errors.isEmpty() ? List.of(new FieldError(itemPath, getMessage()))
                : errors.stream().map(e -> new FieldError(itemPath + "." + e.field(), e.message())).toList();
        return new ProblemException(status, title, itemPath + ": " + getMessage(), named, extensions);
    }

    public Problem toProblem(String instance) {
        return new Problem("about:blank", title, status, getMessage(), instance, errors, extensions);
    }

    public int status() {
        return status;
    }
}
