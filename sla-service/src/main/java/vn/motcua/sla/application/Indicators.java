package vn.motcua.sla.application;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import vn.motcua.sla.config.SlaConfig;
import vn.motcua.sla.domain.GroupBy;
import vn.motcua.sla.domain.IndexScale;
import vn.motcua.sla.domain.Indicator;
import vn.motcua.sla.domain.Scorecard;
import vn.motcua.sla.domain.Scorecard.Count;
import vn.motcua.sla.domain.ScorecardBy;
import vn.motcua.sla.domain.StatsBucket;
import vn.motcua.sla.domain.StatsFilter;
import vn.motcua.sla.domain.StatsRow;
import vn.motcua.sla.persistence.IndicatorQuery;
import vn.motcua.support.time.VnTime;

/**
 * Decision 766's scorecards (docs/decision-766.md): progress and online dossiers are the statistics' own figures
 * (on time among the resolved, within deadline among the open at the period's end, online among the received), the rest
 * come from the index facts; one scorecard for the period, per month, or per agency ranked.
 */
@ApplicationScoped
@Startup // a wrong motcua.sla.indicator-points stops the start rather than the first scorecard
public class Indicators {
    private final StatsService statistics;
    private final IndicatorQuery query;
    private final IndexScale scale;

    public Indicators(StatsService statistics, IndicatorQuery query, SlaConfig config) {
        this.statistics = statistics;
        this.query = query;
        this.scale = IndexScale.of(config.indicatorPoints());
    }

    /** The scorecards of a query, in order (months in time, agencies by rank, or one for the period). */
    public record Report(LocalDate from, LocalDate to, String agency, ScorecardBy groupBy, Instant asOf,
            List<Scorecard> scorecards) {
    }

    public Report scorecards(StatsFilter selection, LocalDate from, LocalDate to, ScorecardBy by) {
        statistics.checkPeriod(from, to);
        GroupBy grouping = by == ScorecardBy.MONTH ? GroupBy.MONTH : GroupBy.AGENCY;
        StatsFilter filter = new StatsFilter(selection.agency(), selection.agencyDepth(), selection.subunits(),
                selection.level(), selection.field(), selection.procedure(), selection.channel(), grouping,
                selection.now());
        StatsReport stats = statistics.stats(filter, from, to);
        Map<String, Map<Indicator, Count>> facts = query.counts(filter, from, to, by);
        Map<String, StatsRow> rows = new LinkedHashMap<>();
        stats.rows().forEach(r -> rows.put(r.key(), r));
        Map<String, String> labels = labels(by, from, to, rows, facts);
        List<Scorecard> cards = new ArrayList<>();
        labels.forEach((key, label) -> {
            StatsRow row = by == ScorecardBy.TOTAL ? stats.total() : rows.get(key);
            cards.add(Scorecard.of(key, label, counts(row, facts.get(key)), scale));
        });
        return new Report(from, to, filter.agency(), by, filter.now(), by == ScorecardBy.AGENCY ? Scorecard.ranked(cards) : cards);
    }

    /** Every month of the period; the agencies with anything to count; or the period. */
    private Map<String, String> labels(ScorecardBy by, LocalDate from, LocalDate to, Map<String, StatsRow> rows,
            Map<String, Map<Indicator, Count>> facts) {
        Map<String, String> labels = new LinkedHashMap<>();
        switch (by) {
            case TOTAL -> labels.put("total", "Tổng cộng");
            case MONTH -> StatsBucket.of(from, to, GroupBy.MONTH, VnTime.ZONE).forEach(b -> labels.put(b.key(), b.label()));
            case AGENCY -> {
                TreeSet<String> codes = new TreeSet<>(rows.keySet());
                codes.addAll(facts.keySet());
                Map<String, String> names = statistics.agencyNames(List.copyOf(codes));
                codes.forEach(c -> labels.put(c, names.getOrDefault(c, c)));
            }
        }
        return labels;
    }

    private static Map<Indicator, Count> counts(StatsRow row, Map<Indicator, Count> facts) {
        Map<Indicator, Count> counts = new EnumMap<>(Indicator.class);
        if (facts != null) {
            counts.putAll(facts);
        }
        if (row != null) {
            counts.put(Indicator.RESOLVED_ON_TIME, new Count(row.early() + row.onTime(), row.resolved()));
            counts.put(Indicator.OPEN_WITHIN_DEADLINE, new Count(row.inProgress() - row.inProgressOverdue(),
                    row.inProgress()));
            counts.put(Indicator.ONLINE_DOSSIERS, new Count(row.receivedOnline(), row.received()));
        }
        return counts;
    }
}
