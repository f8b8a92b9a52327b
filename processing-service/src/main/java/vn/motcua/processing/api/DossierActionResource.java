package vn.motcua.processing.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.processing.api.ActionBodies.AssignBody;
import vn.motcua.processing.api.ActionBodies.CompleteBody;
import vn.motcua.processing.api.ActionBodies.FeePaymentBody;
import vn.motcua.processing.api.ActionBodies.FeeRequestBody;
import vn.motcua.processing.api.ActionBodies.ReasonBody;
import vn.motcua.processing.api.ActionBodies.RescheduleBody;
import vn.motcua.processing.api.ActionBodies.ReturnBody;
import vn.motcua.processing.api.ActionBodies.SupplementBody;
import vn.motcua.processing.api.ActionBodies.SupplementRequestBody;
import vn.motcua.processing.api.DossierViews.DossierView;
import vn.motcua.processing.application.ActionRequest;
import vn.motcua.processing.application.ActionResult;
import vn.motcua.processing.application.DossierService;
import vn.motcua.support.security.Roles;

/**
 * The officers' actions on a dossier, each a POST answering 200 with the updated dossier (and
 * warnings), 409 when the current status does not allow it.
 */
@Path("/api/v1/dossiers/{code}")
// not admin: it reads every dossier but changes none (it writes reference data, in intake-service)
@Tag(name = "Actions", description = "The officers' actions on a dossier")
@RolesAllowed({Roles.OFFICER, Roles.LEADER})
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DossierActionResource {
    private final DossierService service;

    public DossierActionResource(DossierService service) {
        this.service = service;
    }

    @Operation(operationId = "assignDossier", summary = "Assign the dossier to a unit and an officer")
    @POST
    @Path("assign")
    public DossierView assign(@PathParam("code") String code, @Valid @NotNull AssignBody body) {
        return act(code, ActionRequests.assign(body));
    }

    @Operation(operationId = "requestSupplement", summary = "Ask the applicant for missing documents (pauses the clock)")
    @POST
    @Path("supplement-requests")
    public DossierView requestSupplement(@PathParam("code") String code, @Valid @NotNull SupplementRequestBody body) {
        return act(code, ActionRequests.requestSupplement(body));
    }

    @Operation(operationId = "receiveSupplement", summary = "Record the documents the applicant supplied")
    @POST
    @Path("supplements")
    public DossierView receiveSupplement(@PathParam("code") String code, @Valid SupplementBody body) {
        return act(code, ActionRequests.receiveSupplement(body));
    }

    @Operation(operationId = "requestFees", summary = "Ask the applicant to pay fees (pauses the clock)")
    @POST
    @Path("fee-requests")
    public DossierView requestFees(@PathParam("code") String code, @Valid @NotNull FeeRequestBody body) {
        return act(code, ActionRequests.requestFees(body));
    }

    @Operation(operationId = "recordFeePayment", summary = "Record the fees' payment",
            description = "Optional amount (đồng, >= 0) and channel (ONLINE|OFFLINE), both or neither, and paidAt"
                    + " (default the action's time, not later than it): FeesPaid.payment and the view's feePayment")
    @POST
    @Path("fee-payments")
    public DossierView recordFeePayment(@PathParam("code") String code, @Valid FeePaymentBody body) {
        return act(code, ActionRequests.recordFeePayment(body));
    }

    @Operation(operationId = "rescheduleDossier", summary = "Set a new appointment, with the apology letter's details")
    @POST
    @Path("reschedule")
    public DossierView reschedule(@PathParam("code") String code, @Valid @NotNull RescheduleBody body) {
        return act(code, ActionRequests.reschedule(body));
    }

    @Operation(operationId = "completeDossier", summary = "Record that processing is complete",
            description = "Optional resultDigitised and resultReusedFromPortal (the latter needs resultDigitised true),"
                    + " carried on ProcessingCompleted for Decision 766's digitisation group")
    @POST
    @Path("complete")
    public DossierView complete(@PathParam("code") String code, @Valid @NotNull CompleteBody body) {
        return act(code, ActionRequests.complete(body));
    }

    @Operation(operationId = "returnResult", summary = "Record that the result was returned to the applicant")
    @POST
    @Path("return")
    public DossierView returnResult(@PathParam("code") String code, @Valid @NotNull ReturnBody body) {
        return act(code, ActionRequests.returnResult(body));
    }

    @Operation(operationId = "refuseDossier", summary = "Refuse the dossier, giving the reason")
    @POST
    @Path("refuse")
    public DossierView refuse(@PathParam("code") String code, @Valid @NotNull ReasonBody body) {
        return act(code, ActionRequests.refuse(body));
    }

    @Operation(operationId = "withdrawDossier", summary = "Record the applicant's withdrawal")
    @POST
    @Path("withdraw")
    public DossierView withdraw(@PathParam("code") String code, @Valid @NotNull ReasonBody body) {
        return act(code, ActionRequests.withdraw(body));
    }

    @Operation(operationId = "stopDossier", summary = "Stop processing, giving the reason")
    @POST
    @Path("stop")
    public DossierView stop(@PathParam("code") String code, @Valid @NotNull ReasonBody body) {
        return act(code, ActionRequests.stop(body));
    }

    private DossierView act(String code, ActionRequest request) {
        ActionResult result = service.act(code, request);
        return DossierViewMapper.view(result.dossier()).withWarnings(result.warnings());
    }
}
