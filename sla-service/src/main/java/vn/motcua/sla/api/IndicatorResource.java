package vn.motcua.sla.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.sla.api.dashboard.ScorecardCsv;
import vn.motcua.sla.application.AgencyScope;
import vn.motcua.sla.application.Indicators;
import vn.motcua.sla.application.StatsService;
import vn.motcua.sla.domain.GroupBy;
import vn.motcua.sla.domain.ScorecardBy;
import vn.motcua.support.api.ProblemException;
import vn.motcua.support.security.Caller;
import vn.motcua.support.security.Roles;
import vn.motcua.support.time.VnTime;

/** Decision 766/QĐ-TTg's scorecard of an agency for a period (docs/decision-766.md), as JSON and CSV. */
@Tag(name = "Indicators", description = "Decision 766/QĐ-TTg's service index: the five groups and their indicators")
@Path("/api/v1/indicators")
public class IndicatorResource {
    private final Indicators indicators;
    private final AgencyScope scope;
    private final Caller caller;
    private final Clock clock;

    public IndicatorResource(Indicators indicators, AgencyScope scope, Caller caller, Clock clock) {
        this.indicators = indicators;
        this.scope = scope;
        this.caller = caller;
        this.clock = clock;
    }

    @Operation(operationId = "getIndicators", summary = "Decision 766 scorecards: for the period, per month or per agency",
            description = "Each indicator: numerator, denominator, rate (%), points and maximum where the official scale"
                    + " is known (else null, pointsKnown false and a reason), and the source of its formula. total adds"
                    + " the known points (at most 100); completeGroups names the groups whose points are whole."
                    + " groupBy=month: one scorecard per month; groupBy=agency: one per sub-unit, ranked.")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({Roles.LEADER, Roles.OPERATOR, Roles.ADMIN})
    public IndicatorResponse indicators(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("agency") String agency, @QueryParam("groupBy") String groupBy) {
        return IndicatorResponse.of(report(from, to, agency, groupBy));
    }

    @Operation(operationId = "exportIndicators", summary = "The same scorecards as CSV (UTF-8 with a byte-order mark)")
    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Transactional
    @RolesAllowed({Roles.LEADER, Roles.OPERATOR, Roles.ADMIN})
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("agency") String agency, @QueryParam("groupBy") String groupBy) {
        Indicators.Report report = report(from, to, agency, groupBy);
        return ScorecardCsv.response(report);
    }

    private Indicators.Report report(String from, String to, String agency, String groupBy) {
        Instant now = clock.instant();
        LocalDate today = VnTime.dateOf(now);
        LocalDate start = StatsParams.date("from", from, today.withDayOfYear(1));
        LocalDate end = StatsParams.date("to", to, today);
        ScorecardBy by = ScorecardBy.parse(groupBy)
                .orElseThrow(() -> ProblemException.badRequest("groupBy", "month or agency (or none: the whole period)"));
        return indicators.scorecards(StatsService.filter(scope.resolve(caller, agency), true, null, null, null, null,
                GroupBy.AGENCY, now), start, end, by);
    }
}
