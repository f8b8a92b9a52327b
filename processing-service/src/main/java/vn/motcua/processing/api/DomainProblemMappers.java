package vn.motcua.processing.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.motcua.processing.api.DossierViews.StatusView;
import vn.motcua.processing.domain.Action;
import vn.motcua.processing.domain.BackdatingRefused;
import vn.motcua.processing.domain.InvalidInput;
import vn.motcua.processing.domain.RuleViolated;
import vn.motcua.processing.domain.TransitionNotAllowed;
import vn.motcua.support.api.FieldError;
import vn.motcua.support.api.Problem;
import vn.motcua.support.api.ProblemException;
import vn.motcua.support.api.ProblemMappers;

/**
 * The domain's refusals as problem+json: 409 for lifecycle and business rules, 400 for bad values and bodies, 403 for
 * work recorded beyond the backdating window by someone who is no leader.
 */
public class DomainProblemMappers {

    @ServerExceptionMapper
    public Response notAllowed(TransitionNotAllowed e, UriInfo uri) {
        return respond(problem(e), uri);
    }

    @ServerExceptionMapper
    public Response ruleViolated(RuleViolated e, UriInfo uri) {
        return respond(problem(e), uri);
    }

    @ServerExceptionMapper
    public Response invalid(InvalidInput e, UriInfo uri) {
        return respond(problem(e), uri);
    }

    @ServerExceptionMapper
    public Response backdating(BackdatingRefused e, UriInfo uri) {
        return respond(problem(e), uri);
    }

    /** The 403 of an authorization refusal, naming the time field and the rule. */
    static ProblemException problem(BackdatingRefused e) {
        return new ProblemException(403, "Forbidden", e.getMessage(), List.of(new FieldError(e.field(), e.getMessage())),
                Map.of("rule", e.rule()));
    }

    static ProblemException problem(TransitionNotAllowed e) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("action", e.action().path());
        extensions.put("currentStatus", StatusView.of(e.current()));
        extensions.put("allowedActions", e.allowed().stream().sorted().map(Action::path).toList());
        return ProblemException.conflict(e.getMessage(), extensions);
    }

    static ProblemException problem(RuleViolated e) {
        List<FieldError> errors = e.field() == null ? List.of() : List.of(new FieldError(e.field(), e.getMessage()));
        return new ProblemException(409, "Conflict", e.getMessage(), errors, Map.of("rule", e.getMessage()));
    }

    static ProblemException problem(InvalidInput e) {
        return ProblemException.badRequest(e.field(), e.getMessage());
    }

    /**
     * Quarkus's own mapper for this Jackson exception is more specific than service-support's
     * JsonProcessingException mapper and answers plain JSON; keep problem+json with the field path.
     */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return new ProblemMappers().json(e, uri);
    }

    static Response respond(ProblemException e, UriInfo uri) {
        return Response.status(e.status()).type(Problem.MEDIA_TYPE).entity(e.toProblem(uri.getPath())).build();
    }
}
