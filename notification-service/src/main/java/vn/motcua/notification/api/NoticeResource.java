package vn.motcua.notification.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.notification.application.NoticeQueries;
import vn.motcua.notification.domain.Notice;
import vn.motcua.support.api.ProblemException;
import vn.motcua.support.security.Caller;
import vn.motcua.support.security.Roles;

/** Notices of a dossier, one notice as JSON or as its printable letter, and its delivery log; for staff of the agency. */
@Tag(name = "Notices", description = "The notices sent about a dossier and their deliveries")
@Path("/api/v1/notices")
@RolesAllowed({Roles.CLERK, Roles.OFFICER, Roles.LEADER, Roles.OPERATOR, Roles.ADMIN})
public class NoticeResource {
    private final NoticeQueries notices;
    private final Caller caller;

    public NoticeResource(NoticeQueries notices, Caller caller) {
        this.notices = notices;
        this.caller = caller;
    }

    @Operation(operationId = "listNotices", summary = "List a dossier's notices")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<NoticeView> list(@QueryParam("dossier") String dossier) {
        if (dossier == null || dossier.isBlank()) {
            throw ProblemException.badRequest("dossier", "must name a dossier code");
        }
        List<Notice> found = notices.byDossier(dossier);
        found.forEach(this::requireAccess);
        return found.stream().map(NoticeView::of).toList();
    }

    @Operation(operationId = "getNotice", summary = "Show a notice (JSON, or its letter for Accept: text/html)")
    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public NoticeView get(@PathParam("id") UUID id) {
        return NoticeView.of(find(id));
    }

    /** The letter (or alert) exactly as it was rendered and sent, ready to print. */
    // the same operation as get (one path and method, two media types): one operationId
    @Operation(operationId = "getNotice", summary = "Show a notice (JSON, or its letter for Accept: text/html)")
    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public String letter(@PathParam("id") UUID id) {
        return find(id).bodyHtml;
    }

    @Operation(operationId = "listNoticeDeliveries", summary = "List a notice's delivery attempts")
    @GET
    @Path("{id}/deliveries")
    @Produces(MediaType.APPLICATION_JSON)
    public List<DeliveryView> deliveries(@PathParam("id") UUID id) {
        return notices.deliveries(find(id).id).stream().map(DeliveryView::of).toList();
    }

    private Notice find(UUID id) {
        Notice notice = notices.find(id).orElseThrow(() -> ProblemException.notFound("notice " + id));
        requireAccess(notice);
        return notice;
    }

    private void requireAccess(Notice notice) {
        caller.requireCovers(notice.agencyCode, notice.accessAgencies());
    }
}
