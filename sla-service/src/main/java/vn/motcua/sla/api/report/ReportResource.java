package vn.motcua.sla.api.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
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
import vn.motcua.reporting.ReportDownload;
import vn.motcua.reporting.ReportFonts;
import vn.motcua.reporting.ReportPdf;
import vn.motcua.reporting.ReportXlsx;
import vn.motcua.sla.application.AgencyScope;
import vn.motcua.sla.application.HandlingReport;
import vn.motcua.sla.application.HandlingReports;
import vn.motcua.reporting.ReportPeriod;
import vn.motcua.support.security.Caller;
import vn.motcua.support.security.Roles;
import vn.motcua.support.time.VnTime;

/**
 * The official report on the handling of dossiers (monthly, quarterly, 6-month, 9-month, annual) as XLSX or PDF,
 * with the figures of {@code GET /api/v1/stats} for the period's dates; the same roles and agency scope.
 */
@Tag(name = "Statistics", description = "On-time statistics for a period, as provinces report them")
@Path("/api/v1/reports/dossier-handling")
public class ReportResource {
    private final HandlingReports reports;
    private final ReportFonts fonts;
    private final AgencyScope scope;
    private final Caller caller;
    private final Clock clock;

    public ReportResource(HandlingReports reports, ReportFonts fonts, AgencyScope scope, Caller caller, Clock clock) {
        this.reports = reports;
        this.fonts = fonts;
        this.scope = scope;
        this.caller = caller;
        this.clock = clock;
    }

    @Operation(operationId = "getDossierHandlingReport",
            summary = "Report on the handling of dossiers for a month, quarter, half, nine months or year (XLSX, PDF)")
    @APIResponse(responseCode = "200", description = "The report as a download (Content-Disposition: attachment)",
            content = {@Content(mediaType = ReportXlsx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                    format = "binary")), @Content(mediaType = ReportPdf.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "A parameter is invalid (problem+json naming it)")
    @GET
    @Transactional
    @RolesAllowed({Roles.LEADER, Roles.OPERATOR, Roles.ADMIN})
    @Produces({ReportXlsx.MEDIA_TYPE, ReportPdf.MEDIA_TYPE})
    public Response report(@QueryParam("period") String period, @QueryParam("year") String year,
            @QueryParam("number") String number, @QueryParam("agency") String agency,
            @QueryParam("cutoff") String cutoff, @QueryParam("format") String format) {
        Instant now = clock.instant();
        String type = ReportDownload.format(format);
        ReportPeriod chosen = ReportPeriod.parse(period, year, number, cutoff, VnTime.dateOf(now));
        HandlingReport report = reports.report(scope.resolve(caller, agency), chosen, now);
        return ReportDownload.of(HandlingText.document(report), type, fonts, HandlingText.fileName(report));
    }
}
