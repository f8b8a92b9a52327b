package vn.motcua.processing.api.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.processing.application.SatisfactionFigures;
import vn.motcua.processing.application.SatisfactionFigures.Figures;
import vn.motcua.processing.domain.Satisfaction.GroupBy;
import vn.motcua.reporting.ReportDownload;
import vn.motcua.reporting.ReportFonts;
import vn.motcua.reporting.ReportPdf;
import vn.motcua.reporting.ReportPeriod;
import vn.motcua.reporting.ReportXlsx;
import vn.motcua.support.security.Caller;
import vn.motcua.support.security.Roles;
import vn.motcua.support.time.VnTime;

/**
 * The satisfaction report for a month, quarter, half, nine months or year as XLSX or PDF: the figures of
 * {@code GET /api/v1/satisfaction?groupBy=agency} and {@code groupBy=officer} over the period's dates, the same roles
 * and agency scope.
 */
@Tag(name = "Satisfaction", description = "How citizens rated the service once their result was returned")
@Path("/api/v1/reports/satisfaction")
public class SatisfactionReportResource {
    private final SatisfactionFigures figures;
    private final ReportFonts fonts;
    private final Caller caller;
    private final Clock clock;

    public SatisfactionReportResource(SatisfactionFigures figures, ReportFonts fonts, Caller caller, Clock clock) {
        this.figures = figures;
        this.fonts = fonts;
        this.caller = caller;
        this.clock = clock;
    }

    @Operation(operationId = "getSatisfactionReport", summary = "Satisfaction report per agency and officer for a"
            + " month, quarter, half, nine months or year (XLSX, PDF); overall rate = scores of 4-5 / all scores of"
            + " the five criteria")
    @APIResponse(responseCode = "200", description = "The report as a download (Content-Disposition: attachment)",
            content = {@Content(mediaType = ReportXlsx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                    format = "binary")), @Content(mediaType = ReportPdf.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "A parameter is invalid (problem+json naming it)")
    @GET
    @RolesAllowed({Roles.LEADER, Roles.OPERATOR, Roles.ADMIN})
    @Produces({ReportXlsx.MEDIA_TYPE, ReportPdf.MEDIA_TYPE})
    public Response report(@QueryParam("period") String period, @QueryParam("year") String year,
            @QueryParam("number") String number, @QueryParam("agency") String agency,
            @QueryParam("cutoff") String cutoff, @QueryParam("format") String format) {
        Instant now = clock.instant();
        String type = ReportDownload.format(format);
        ReportPeriod chosen = ReportPeriod.parse(period, year, number, cutoff, VnTime.dateOf(now));
        String asked = agency == null || agency.isBlank() ? null : agency.trim();
        Figures byAgency = figures.figures(chosen.start(), chosen.end(), asked, GroupBy.AGENCY);
        Figures byOfficer = figures.figures(chosen.start(), chosen.end(), asked, GroupBy.OFFICER);
        String covered = asked != null ? asked : caller.isAdmin() ? null : caller.agency();
        String name = covered == null ? "Tất cả cơ quan" : byAgency.groups().stream()
                .filter(g -> covered.equals(g.key()) && g.name() != null).map(g -> g.name()).findFirst().orElse(covered);
        String file = "bao-cao-muc-do-hai-long-" + (covered == null ? "tat-ca" : covered.replaceAll("[^A-Za-z0-9.]", "_"))
                + "-" + chosen.slug();
        return ReportDownload.of(SatisfactionReportText.document(chosen, covered, name, byAgency, byOfficer, now), type,
                fonts, file);
    }
}
