package vn.motcua.processing.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.stream.IntStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.motcua.events.DossierStatus;
import vn.motcua.processing.api.DossierViews.StatusView;
import vn.motcua.processing.api.TransitionBatchRequest.Item;
import vn.motcua.processing.api.TransitionBatchResponse.Applied;
import vn.motcua.processing.application.BatchItemRefused;
import vn.motcua.processing.application.TransitionBatch;
import vn.motcua.processing.domain.BackdatingRefused;
import vn.motcua.processing.domain.InvalidInput;
import vn.motcua.processing.domain.RuleViolated;
import vn.motcua.processing.domain.TransitionNotAllowed;
import vn.motcua.support.api.ProblemException;
import vn.motcua.support.security.Roles;

/**
 * Officers' actions in bulk (e.g. work recorded in a previous system): 1 to 1,000 actions applied in order in one
 * transaction, answering 200 with each dossier's resulting status; any refused item refuses all (see {@link TransitionBatch}).
 */
@Path("/api/v1/dossiers/transitions")
// not admin: it reads every dossier but changes none (it writes reference data, in intake-service)
@Tag(name = "Actions", description = "The officers' actions on a dossier")
@RolesAllowed({Roles.OFFICER, Roles.LEADER})
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TransitionBatchResource {
    private final TransitionBatch batch;
    private final TransitionItems items;

    public TransitionBatchResource(TransitionBatch batch, TransitionItems items) {
        this.batch = batch;
        this.items = items;
    }

    @Operation(operationId = "applyTransitions", summary = "Apply 1 to 1,000 actions in order, all or none")
    @POST
    public TransitionBatchResponse apply(@Valid @NotNull TransitionBatchRequest request) {
        List<DossierStatus> statuses = batch.apply(items.of(request));
        List<Item> asked = request.transitions();
        return new TransitionBatchResponse(IntStream.range(0, asked.size()).mapToObj(i -> new Applied(
                asked.get(i).dossierCode(), asked.get(i).action(), StatusView.of(statuses.get(i)))).toList());
    }

    /** The refusal names the item: its action when the status does not allow it, its body for a rule or a value. */
    @ServerExceptionMapper
    public Response refused(BatchItemRefused e, UriInfo uri) {
        String at = "transitions[" + e.index() + "]";
        ProblemException problem = switch (e.reason()) {
            case TransitionNotAllowed n -> DomainProblemMappers.problem(n).forItem(at + ".action");
            case RuleViolated r -> DomainProblemMappers.problem(r).forItem(at + ".body");
            case InvalidInput i -> DomainProblemMappers.problem(i).forItem(at + ".body");
            case BackdatingRefused b -> DomainProblemMappers.problem(b).forItem(at + ".body");
            case ProblemException p -> p.forItem(at);
            default -> throw e;
        };
        return DomainProblemMappers.respond(problem, uri);
    }
}
