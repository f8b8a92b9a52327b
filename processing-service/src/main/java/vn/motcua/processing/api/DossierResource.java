package vn.motcua.processing.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.events.DossierStatus;
import vn.motcua.processing.api.DossierViews.DossierPage;
import vn.motcua.processing.api.DossierViews.DossierView;
import vn.motcua.processing.application.DossierList;
import vn.motcua.processing.application.DossierQueries;
import vn.motcua.support.api.ProblemException;
import vn.motcua.support.security.Roles;

/** Reading dossiers: one dossier with its process-control sheet (JSON, or HTML to print), and the officers' list. */
@Tag(name = "Dossiers", description = "Dossiers being processed: status, history, the printable control sheet")
@Path("/api/v1/dossiers")
@RolesAllowed({Roles.OFFICER, Roles.LEADER, Roles.CLERK, Roles.OPERATOR, Roles.ADMIN})
public class DossierResource {
    private final DossierQueries queries;
    private final ControlSheetPage sheet;

    public DossierResource(DossierQueries queries, ControlSheetPage sheet) {
        this.queries = queries;
        this.sheet = sheet;
    }

    /** JSON by default; the printable Phiếu kiểm soát when the client asks for {@code text/html} first. */
    @Operation(operationId = "getDossier", summary = "Show a dossier (JSON or the printable control sheet)")
    @GET
    @Path("{code}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    public Response get(@PathParam("code") String code, HttpHeaders headers) {
        DossierView view = DossierViewMapper.view(queries.view(code));
        boolean html = headers.getAcceptableMediaTypes().stream().findFirst()
                .filter(t -> !t.isWildcardType() && t.isCompatible(MediaType.TEXT_HTML_TYPE)).isPresent();
        if (html) {
            return Response.ok(sheet.render(view), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
        }
        return Response.ok(view, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** Dossiers decided by the caller's agency or its sub-units (admin: any), newest first. */
    @Operation(operationId = "listDossiers", summary = "List an agency's dossiers")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public DossierPage list(@QueryParam("agency") String agency, @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        if (page < 0) {
            throw ProblemException.badRequest("page", "must be 0 or more");
        }
        if (size < 1 || size > 100) {
            throw ProblemException.badRequest("size", "must be between 1 and 100");
        }
        String filter = agency == null || agency.isBlank() ? null : agency;
        DossierList found = queries.list(filter, parseStatus(status), page, size);
        return new DossierPage(page, size, found.total(),
                found.items().stream().map(DossierViewMapper::summary).toList());
    }

    private static DossierStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return status.chars().allMatch(Character::isDigit) ? DossierStatus.ofCode(Integer.parseInt(status))
                    : DossierStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("status", "not a dossier status code (1-10) or name");
        }
    }
}
