package vn.motcua.sla.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.motcua.sla.config.SlaConfig;
import vn.motcua.sla.domain.GroupBy;
import vn.motcua.sla.domain.StatsBucket;
import vn.motcua.sla.domain.StatsFilter;
import vn.motcua.sla.domain.StatsRow;
import vn.motcua.sla.persistence.StatisticsQuery;
import vn.motcua.support.api.ProblemException;
import vn.motcua.support.time.VnTime;

/** The statistics behind {@code /api/v1/stats} and the dashboard: period checks, agency labels and totals. */
@ApplicationScoped
public class StatsService {
    private final StatisticsQuery statistics;
    private final SlaConfig config;

    public StatsService(StatisticsQuery statistics, SlaConfig config) {
        this.statistics = statistics;
        this.config = config;
    }

    /** 400 problems naming {@code to} when the period is reversed or longer than allowed. */
    public void checkPeriod(LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            throw ProblemException.badRequest("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(start, end) >= config.maxStatsDays()) {
            throw ProblemException.badRequest("to", "period longer than " + config.maxStatsDays() + " days");
        }
    }

    /** One grouping ({@code filter.groupBy()}) over [start, end]. */
    public StatsReport stats(StatsFilter filter, LocalDate start, LocalDate end) {
        return breakdowns(filter, start, end, List.of(filter.groupBy())).get(filter.groupBy());
    }

    /**
     * Several non-period groupings of the same selection from one SQL scan (grouping sets); a period grouping
     * ({@code filter.groupBy()} month/quarter/year) must be asked alone.
     */
    public Map<GroupBy, StatsReport> breakdowns(StatsFilter filter, LocalDate start, LocalDate end,
            List<GroupBy> dimensions) {
        checkPeriod(start, end);
        List<StatsBucket> buckets = StatsBucket.of(start, end, filter.groupBy(), VnTime.ZONE);
        Map<GroupBy, List<StatsRow>> byDimension = statistics.rowsBy(filter, buckets, dimensions);
        Map<GroupBy, StatsReport> responses = new EnumMap<>(GroupBy.class);
        byDimension.forEach((grouping, rows) -> {
            List<StatsRow> labelled = grouping == GroupBy.AGENCY ? withAgencyNames(rows) : rows;
            responses.put(grouping, new StatsReport(start, end, filter.agency(), filter.subunits(),
                    grouping, config.onTimeTarget(), filter.now(), labelled,
                    StatsRow.total(labelled, buckets, grouping)));
        });
        return responses;
    }

    /** Received and resolved per period (stock columns 0), one row per bucket of {@code filter.groupBy()}. */
    public StatsReport flows(StatsFilter filter, LocalDate start, LocalDate end) {
        checkPeriod(start, end);
        List<StatsBucket> buckets = StatsBucket.of(start, end, filter.groupBy(), VnTime.ZONE);
        List<StatsRow> rows = statistics.flows(filter, buckets);
        return new StatsReport(start, end, filter.agency(), filter.subunits(), filter.groupBy(), config.onTimeTarget(),
                filter.now(), rows, StatsRow.total(rows, buckets, filter.groupBy()));
    }

    /** The names of the known agencies among these codes (one known from a path only is named by its code). */
    public Map<String, String> agencyNames(List<String> codes) {
        return statistics.agencyNames(codes);
    }

    private List<StatsRow> withAgencyNames(List<StatsRow> rows) {
        Map<String, String> names = agencyNames(rows.stream().map(StatsRow::key).toList());
        return rows.stream().map(r -> r.withLabel(names.getOrDefault(r.key(), r.key()))).toList();
    }

    /** The filter of a query: the resolved scope (null = everything, for admins) and the optional criteria. */
    public static StatsFilter filter(AgencyScope.Scoped scoped, boolean subunits, String level, String field,
            String procedure, String channel, GroupBy groupBy, Instant now) {
        return new StatsFilter(scoped == null ? null : scoped.code(), scoped == null ? 0 : scoped.depth(), subunits,
                level, field, procedure, channel, groupBy, now);
    }
}
