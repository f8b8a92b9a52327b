package vn.motcua.processing.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.events.LateCause;
import vn.motcua.processing.api.DossierViews.DossierView;
import vn.motcua.processing.application.LateCauses;
import vn.motcua.support.security.Roles;

/** The cause of a late step of the process-control sheet, as an officer records it (issue 17, accountability). */
@Path("/api/v1/dossiers/{code}/steps/{seq}/late-cause")
@Tag(name = "Actions", description = "The officers' actions on a dossier")
@RolesAllowed({Roles.OFFICER, Roles.LEADER})
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class LateCauseResource {
    private final LateCauses causes;

    public LateCauseResource(LateCauses causes) {
        this.causes = causes;
    }

    /** {@code cause}: SUBJECTIVE (chủ quan, the unit's own fault) or OBJECTIVE (khách quan); a later record replaces it. */
    public record LateCauseBody(@NotNull LateCause cause, @NotBlank @Size(max = 2000) String explanation) {
    }

    @Operation(operationId = "recordLateCause", summary = "Record why a late step ran late",
            description = "Step seq is the control-sheet line (1 = the first hand-over). The step must be late: ended"
                    + " after its deadline's date, or still in hand past it; otherwise 409. Publishes"
                    + " StepLateCauseRecorded; sla-service counts late dossiers by cause (subjective, objective,"
                    + " not recorded). Answers the dossier with the cause on its control sheet.")
    @POST
    public DossierView record(@PathParam("code") String code, @PathParam("seq") int seq,
            @Valid @NotNull LateCauseBody body) {
        return DossierViewMapper.view(causes.record(code, seq, body.cause(), body.explanation()));
    }
}
