package vn.motcua.processing.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.motcua.support.security.Roles;

/**
 * Officers' actions in bulk (e.g. work recorded in a previous system): 1 to 1,000 actions applied in order in one
 * transaction, answering 200 with each dossier's resulting status; any refused item refuses all (see {@link TransitionBatch}).
 */
@Path("/api/v1/dossiers/transitions")
@RolesAllowed({Roles.OFFICER, Roles.LEADER, Roles.ADMIN})
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TransitionBatchResource {
    private final TransitionBatch batch;

    public TransitionBatchResource(TransitionBatch batch) {
        this.batch = batch;
    }

    @POST
    public TransitionBatchResponse apply(@Valid @NotNull TransitionBatchRequest request) {
        return batch.apply(request);
    }
}
