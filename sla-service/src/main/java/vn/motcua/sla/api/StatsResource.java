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
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import vn.motcua.sla.config.SlaConfig;
import vn.motcua.sla.domain.GroupBy;
import vn.motcua.sla.domain.StatsBucket;
import vn.motcua.sla.domain.StatsFilter;
import vn.motcua.sla.domain.StatsRow;
import vn.motcua.sla.persistence.StatisticsQuery;
import vn.motcua.support.api.ProblemException;
import vn.motcua.support.security.Roles;
import vn.motcua.support.time.VnTime;

/** On-time statistics for a period, filtered and grouped as provinces report them (domain.md "Statistics"). */
@Path("/api/v1/stats")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {
    private final StatisticsQuery statistics;
    private final AgencyScope scope;
    private final SlaConfig config;
    private final Clock clock;

    public StatsResource(StatisticsQuery statistics, AgencyScope scope, SlaConfig config, Clock clock) {
        this.statistics = statistics;
        this.scope = scope;
        this.config = config;
        this.clock = clock;
    }

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
        if (end.isBefore(start)) {
            throw ProblemException.badRequest("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(start, end) >= config.maxStatsDays()) {
            throw ProblemException.badRequest("to", "period longer than " + config.maxStatsDays() + " days");
        }
        GroupBy grouping = GroupBy.parse(groupBy).orElseThrow(() -> ProblemException.badRequest("groupBy",
                "one of agency, level, field, procedure, channel, month, quarter, year"));
        AgencyScope.Scoped scoped = scope.resolve(agency);
        StatsFilter filter = new StatsFilter(scoped == null ? null : scoped.code(), scoped == null ? 0 : scoped.depth(),
                subunits, StatsParams.level(level), blankToNull(field), blankToNull(procedure),
                StatsParams.channel(channel), grouping, now);
        List<StatsBucket> buckets = StatsBucket.of(start, end, grouping, VnTime.ZONE);
        List<StatsRow> rows = statistics.rows(filter, buckets);
        if (grouping == GroupBy.AGENCY) {
            Map<String, String> names = statistics.agencyNames(rows.stream().map(StatsRow::key).toList());
            rows = rows.stream().map(r -> r.withLabel(names.getOrDefault(r.key(), r.key()))).toList();
        }
        StatsRow total = StatsRow.total(rows, buckets, grouping);
        return new StatsResponse(start, end, filter.agency(), subunits, grouping.name().toLowerCase(),
                config.onTimeTarget(), VnTime.of(now), rows, total);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
