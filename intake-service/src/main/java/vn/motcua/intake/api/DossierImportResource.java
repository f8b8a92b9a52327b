package vn.motcua.intake.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.intake.application.DossierService;
import vn.motcua.intake.application.IdempotentRequest;
import vn.motcua.intake.application.Outcome;
import vn.motcua.support.security.Roles;

/**
 * Import of historical dossiers from a previous system: 1 to 1,000 receipts in one transaction, each received exactly
 * as POST /api/v1/dossiers receives one but announced as migrated. Answers 201 with the codes and appointments in
 * request order; a retry with the same Idempotency-Key and body answers 200 with the first body (Idempotent-Replayed).
 * An invalid item refuses the whole batch, naming it ({@code dossiers[7].procedureCode}).
 */
@Tag(name = "Imports", description = "A previous system's history, imported once by the migration role")
@Path("/api/v1/dossiers/imports")
@RolesAllowed(Roles.MIGRATION)
public class DossierImportResource {
    private final DossierService dossiers;

    public DossierImportResource(DossierService dossiers) {
        this.dossiers = dossiers;
    }

    @Operation(operationId = "importDossiers", summary = "Import up to 1,000 dossiers received in a previous system")
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response importDossiers(@Valid @NotNull ImportDossiersRequest request,
            @HeaderParam(DossierResource.IDEMPOTENCY_KEY) String key) {
        Outcome outcome = dossiers.importAll(request.toCommands(),
                new IdempotentRequest<>(key, request, ImportResponse::of));
        return outcome.replayed()
                ? Response.ok(outcome.body(), MediaType.APPLICATION_JSON_TYPE).header("Idempotent-Replayed", "true").build()
                : Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON_TYPE).entity(outcome.body()).build();
    }
}
