package vn.motcua.portalsync.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.portalsync.application.SyncStatusQueries;
import vn.motcua.portalsync.domain.AgencySyncStatus;
import vn.motcua.portalsync.domain.Codes;
import vn.motcua.portalsync.domain.SyncChange;
import vn.motcua.support.api.ProblemException;
import vn.motcua.support.security.Caller;
import vn.motcua.support.security.Roles;

/** How far the dossiers of an agency are synchronised with the National Public Service Portal. */
@Tag(name = "Portal sync", description = "Synchronisation with the National Public Service Portal: sync rate, lag, a dossier's changes")
@Path("/api/v1/portal-sync")
public class PortalSyncResource {
    private final SyncStatusQueries queries;
    private final Caller caller;
    private final Clock clock;

    public PortalSyncResource(SyncStatusQueries queries, Caller caller, Clock clock) {
        this.queries = queries;
        this.caller = caller;
        this.clock = clock;
    }

    @Operation(operationId = "getPortalSyncStatus", summary = "Sync rate and lag per deciding agency",
            description = "Changes received from dossier.lifecycle.v1 and acknowledged by the portal, the sync rate "
                    + "(acknowledged / received) and the lag (age of the oldest unacknowledged change), for the agency "
                    + "and its sub-units, or every agency the caller may see")
    @GET
    @Path("/status")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.LEADER, Roles.OPERATOR, Roles.ADMIN})
    public SyncStatusView status(@Parameter(description = "Agency code (QCVN 102); the agency and its sub-units")
            @QueryParam("agency") String agency) {
        String asked = agency(agency);
        List<AgencySyncStatus> rows = queries.perAgency(asked, caller.isAdmin() ? null : scope());
        Instant now = clock.instant();
        return new SyncStatusView(asked, SyncFigures.total(rows, now),
                rows.stream().map(r -> SyncFigures.of(r, now)).toList());
    }

    @Operation(operationId = "getPortalSyncStatusPage", summary = "The same figures as a Vietnamese HTML page")
    @GET
    @Path("/status/page")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Roles.LEADER, Roles.OPERATOR, Roles.ADMIN})
    public String statusPage(@Parameter(description = "Agency code (QCVN 102); the agency and its sub-units")
            @QueryParam("agency") String agency) {
        return StatusPage.render(status(agency));
    }

    @Operation(operationId = "listDossierSyncChanges", summary = "A dossier's changes and their delivery to the portal")
    @GET
    @Path("/dossiers/{code}/changes")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.OFFICER, Roles.LEADER, Roles.OPERATOR, Roles.ADMIN})
    public List<SyncChangeView> changes(@PathParam("code") String code) {
        if (!code.matches(Codes.DOSSIER)) {
            throw ProblemException.badRequest("code", "must be a dossier code such as 000.17.22.H56-250531-0001");
        }
        List<SyncChange> changes = queries.ofDossier(code);
        if (changes.isEmpty() || !(caller.isAdmin() || changes.get(0).agencyPath.contains("|" + scope() + "|"))) {
            throw ProblemException.notFound("dossier " + code);
        }
        return changes.stream().map(SyncChangeView::of).toList();
    }

    private static String agency(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.trim().matches(Codes.AGENCY)) {
            throw ProblemException.badRequest("agency", Codes.AGENCY_RULE);
        }
        return value.trim();
    }

    /** The caller's agency: what a user other than admin may see. */
    private String scope() {
        if (caller.agency() == null) {
            throw ProblemException.forbidden("the token names no agency");
        }
        return caller.agency();
    }
}
