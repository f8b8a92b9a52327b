package vn.motcua.intake.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.intake.application.DossierService;
import vn.motcua.intake.application.IdempotentRequest;
import vn.motcua.intake.application.Outcome;
import vn.motcua.intake.domain.Dossier;
import vn.motcua.intake.domain.Receipt;
import vn.motcua.intake.domain.VietnameseText;
import vn.motcua.support.security.Roles;

/**
 * Dossier receipt at the counter. POST answers 201 with Location; a retry with the same Idempotency-Key and
 * body answers 201 again with the first body (header Idempotent-Replayed: true). GETs answer JSON, or the
 * printable slip for {@code Accept: text/html}.
 */
@Tag(name = "Dossiers", description = "Receipt at the counter and the receipt slip")
@Path("/api/v1/dossiers")
@RolesAllowed({Roles.CLERK, Roles.OFFICER, Roles.LEADER, Roles.OPERATOR, Roles.ADMIN})
public class DossierResource {
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final DossierService dossiers;

    public DossierResource(DossierService dossiers) {
        this.dossiers = dossiers;
    }

    @Operation(operationId = "receiveDossier", summary = "Receive a dossier at the counter",
            description = "Each document may say digitised and reusedFromPortal (default false; reusedFromPortal needs"
                    + " digitised true); optional fee {amount, channel, paidAt} for a fee paid at receipt. Both travel"
                    + " on DossierReceived.indexFacts.")
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    // the counter's clerk only: admin reads every dossier but changes none (it writes reference data)
    @RolesAllowed(Roles.CLERK)
    public Response receive(@Valid @NotNull ReceiveDossierRequest request, @HeaderParam(IDEMPOTENCY_KEY) String key) {
        Outcome outcome = dossiers.receive(request.toCommand(),
                new IdempotentRequest<>(key, request, DossierResponse::received));
        Response.ResponseBuilder response = Response.created(UriBuilder.fromPath("/api/v1/dossiers/{code}")
                .build(outcome.dossierCode())).type(MediaType.APPLICATION_JSON_TYPE).entity(outcome.body());
        return outcome.replayed() ? response.header("Idempotent-Replayed", "true").build() : response.build();
    }

    @Operation(operationId = "getDossier", summary = "Show a received dossier (JSON or the printable slip)")
    @GET
    @Path("{code}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    public Response get(@PathParam("code") String code, HttpHeaders headers) {
        Dossier dossier = dossiers.get(code);
        Receipt receipt = dossiers.receipt(dossier);
        return wantsHtml(headers) ? html(slipFor(dossier, receipt))
                : json(DossierView.of(dossier, receipt, dossiers.indexFacts(dossier)));
    }

    @Operation(operationId = "getReceipt", summary = "Show a dossier's receipt (JSON or the printable slip)")
    @GET
    @Path("{code}/receipt")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    public Response receipt(@PathParam("code") String code, HttpHeaders headers) {
        Dossier dossier = dossiers.get(code);
        Receipt receipt = dossiers.receipt(dossier);
        return wantsHtml(headers) ? html(slipFor(dossier, receipt)) : json(DossierResponse.masked(receipt));
    }

    /**
     * The slip is handed to the applicant, so the receiving counter prints it with their ID numbers and lookup PIN;
     * anyone else (an officer, an operator, another counter, admin) sees the numbers masked and no PIN.
     */
    private Receipt slipFor(Dossier dossier, Receipt receipt) {
        return dossiers.isReceivingCounter(dossier) ? receipt : DossierResponse.masked(receipt);
    }

    private static Response html(Receipt r) {
        String received = VietnameseText.appointment(r.receivedAt()).text();
        String page = ReceiptSlip.slip(r, received, VietnameseText.channel(r.channel())).render();
        return Response.ok(page, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    private static Response json(Object body) {
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** HTML only when asked for explicitly and preferred to JSON; a wildcard gets JSON. */
    private static boolean wantsHtml(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType() || MediaType.APPLICATION_JSON_TYPE.isCompatible(type)) {
                return false;
            }
            if (MediaType.TEXT_HTML_TYPE.isCompatible(type)) {
                return true;
            }
        }
        return false;
    }
}
