package vn.motcua.support.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.motcua.support.messaging.Failures;
import vn.motcua.support.privacy.Mask;

/** Every error of every service as application/problem+json (RFC 9457) naming the field and the rule; never a bare 500. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(JsonPaths.ofViolation(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return respond(new Problem("about:blank", "Invalid request", 400, errors.size() + " field(s) invalid",
                path(uri), errors, Map.of()));
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return respond(malformed(e).toProblem(null));
    }

    /** A body Jackson could not read, as a 400 naming the field (for bodies read by hand, e.g. the items of a batch). */
    public static ProblemException malformed(JsonProcessingException e) {
        return new ProblemException(400, "Malformed request body", jsonMessage(e), jsonErrors(e), null);
    }

    /** Quarkus registers its own mapper for this subtype (plain JSON); ours must be at least as specific. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response unparsable(JsonParseException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return respond(Problem.of(401, "Unauthorized", "a valid bearer token is required", null));
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return respond(Problem.of(401, "Unauthorized", "a valid bearer token is required", null));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(Problem.of(403, "Forbidden", "your role does not allow this action", null));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        return respond(new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), e.getMessage(),
                path(uri), List.of(), Map.of()));
    }

    @ServerExceptionMapper(priority = Priorities.USER + 1000)
    public Response unexpected(RuntimeException e, UriInfo uri) {
        if (Failures.isInfrastructure(e)) {
            // the database restarting is no error of the request: nothing was written, the client may retry
            LOG.warnf("database or broker unavailable on %s: %s", path(uri), Mask.text(e.getMessage()));
            return Response.fromResponse(respond(Problem.of(503, "Service unavailable",
                    "the service cannot reach its database right now; nothing was recorded, try again shortly", null)))
                    .header("Retry-After", "5").build();
        }
        String id = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error %s on %s", id, path(uri));
        return respond(Problem.of(500, "Internal error", "unexpected error, reference " + id, null));
    }

    private static String jsonMessage(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field '" + u.getPropertyName() + "'";
        }
        if (e instanceof InvalidFormatException f) {
            return "value " + f.getValue() + " is not a valid " + f.getTargetType().getSimpleName();
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return "wrong type or shape: " + m.getOriginalMessage().split("\n")[0];
        }
        return "body is not valid JSON: " + e.getOriginalMessage();
    }

    private static List<FieldError> jsonErrors(JsonProcessingException e) {
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return List.of(new FieldError(JsonPaths.ofReferences(m.getPath()), jsonMessage(e)));
        }
        return List.of();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
