package vn.motcua.sla.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.sla.application.AgencyScope;
import vn.motcua.sla.application.StatsService;
import vn.motcua.sla.domain.GroupBy;
import vn.motcua.sla.domain.StatsFilter;
import vn.motcua.support.api.ProblemException;
import vn.motcua.support.security.Caller;
import vn.motcua.support.security.Roles;
import vn.motcua.support.time.VnTime;

/** On-time statistics for a period, filtered and grouped as provinces report them (docs/domain.md § Statistics). */
@Tag(name = "Statistics", description = "On-time statistics for a period, as provinces report them")
@Path("/api/v1/stats")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {
    private final StatsService statistics;
    private final AgencyScope scope;
    private final Caller caller;
    private final Clock clock;

    public StatsResource(StatsService statistics, AgencyScope scope, Caller caller, Clock clock) {
        this.statistics = statistics;
        this.scope = scope;
        this.caller = caller;
        this.clock = clock;
    }

    @Operation(operationId = "getStats", summary = "On-time statistics, filtered and grouped")
    @GET
    @Transactional
    @RolesAllowed({Roles.LEADER, Roles.OPERATOR, Roles.ADMIN})
    public StatsResponse stats(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("agency") String agency, @QueryParam("subunits") @DefaultValue("true") boolean subunits,
            @QueryParam("level") String level, @QueryParam("field") String field,
            @QueryParam("procedure") String procedure, @QueryParam("channel") String channel,
            @QueryParam("groupBy") @DefaultValue("agency") String groupBy) {
        Instant now = clock.instant();
        LocalDate today = VnTime.dateOf(now);
        LocalDate start = StatsParams.date("from", from, today.withDayOfYear(1));
        LocalDate end = StatsParams.date("to", to, today);
        statistics.checkPeriod(start, end);
        GroupBy grouping = GroupBy.parse(groupBy).orElseThrow(() -> ProblemException.badRequest("groupBy",
                "one of agency, level, field, procedure, channel, month, quarter, year"));
        StatsFilter filter = StatsService.filter(scope.resolve(caller, agency), subunits, StatsParams.level(level),
                blankToNull(field), blankToNull(procedure), StatsParams.channel(channel), grouping, now);
        return StatsResponse.of(statistics.stats(filter, start, end));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
