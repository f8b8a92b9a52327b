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
import java.time.LocalDate;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.sla.application.AgencyScope;
import vn.motcua.sla.application.HandlingReport;
import vn.motcua.sla.application.HandlingReports;
import vn.motcua.sla.domain.ReportPeriod;
import vn.motcua.support.api.ProblemException;
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
            content = {@Content(mediaType = HandlingXlsx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                    format = "binary")), @Content(mediaType = HandlingPdf.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "A parameter is invalid (problem+json naming it)")
    @GET
    @Transactional
    @RolesAllowed({Roles.LEADER, Roles.OPERATOR, Roles.ADMIN})
    @Produces({HandlingXlsx.MEDIA_TYPE, HandlingPdf.MEDIA_TYPE})
    public Response report(@QueryParam("period") String period, @QueryParam("year") String year,
            @QueryParam("number") String number, @QueryParam("agency") String agency,
            @QueryParam("format") String format) {
        Instant now = clock.instant();
        String type = format(format);
        ReportPeriod chosen = period(period, year, number, VnTime.dateOf(now));
        HandlingReport report = reports.report(scope.resolve(caller, agency), chosen, now);
        boolean pdf = type.equals("pdf");
        byte[] body = pdf ? HandlingPdf.of(report, fonts) : HandlingXlsx.of(report);
        return Response.ok(body, pdf ? HandlingPdf.MEDIA_TYPE : HandlingXlsx.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + HandlingText.fileName(report, type) + "\"")
                .header("Cache-Control", "no-store").build();
    }

    private static String format(String value) {
        String format = value == null || value.isBlank() ? "xlsx" : value.trim().toLowerCase(Locale.ROOT);
        if (!format.equals("xlsx") && !format.equals("pdf")) {
            throw ProblemException.badRequest("format", "one of xlsx, pdf");
        }
        return format;
    }

    /** The period asked for; one that has not begun yet is refused (its report would be empty). */
    static ReportPeriod period(String period, String year, String number, LocalDate today) {
        if (period == null || period.isBlank()) {
            throw ProblemException.badRequest("period", "required: one of month, quarter, half, nine-months, year");
        }
        ReportPeriod.Kind kind = ReportPeriod.Kind.parse(period).orElseThrow(() -> ProblemException.badRequest(
                "period", "one of month, quarter, half, nine-months, year"));
        int y = year == null || year.isBlank() ? today.getYear() : year(year);
        int n = number(kind, number);
        ReportPeriod chosen = new ReportPeriod(kind, y, n);
        if (chosen.start().isAfter(today)) {
            throw ProblemException.badRequest(y > today.getYear() ? "year" : "number",
                    "the period " + chosen.label() + " has not begun");
        }
        return chosen;
    }

    private static int year(String value) {
        if (!value.trim().matches("\\d{4}") || Integer.parseInt(value.trim()) < 2000) {
            throw ProblemException.badRequest("year", "a year as YYYY, from 2000");
        }
        return Integer.parseInt(value.trim());
    }

    private static int number(ReportPeriod.Kind kind, String value) {
        boolean blank = value == null || value.isBlank();
        if (kind.numbers() == 0) {
            if (!blank) {
                throw ProblemException.badRequest("number", "not used with period=" + kind.parameter());
            }
            return 0;
        }
        if (blank) {
            if (kind == ReportPeriod.Kind.HALF) {
                return 1;
            }
            throw ProblemException.badRequest("number", "required with period=" + kind.parameter() + ": 1 to "
                    + kind.numbers());
        }
        String text = value.trim();
        if (!text.matches("\\d{1,2}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > kind.numbers()) {
            throw ProblemException.badRequest("number", "with period=" + kind.parameter() + ": 1 to " + kind.numbers());
        }
        return Integer.parseInt(text);
    }
}
