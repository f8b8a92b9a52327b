package vn.motcua.sla.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.motcua.sla.domain.GroupBy;
import vn.motcua.sla.domain.StatsBucket;
import vn.motcua.sla.domain.StatsFilter;
import vn.motcua.sla.domain.StatsGranules;
import vn.motcua.sla.domain.StatsGranules.Grain;
import vn.motcua.sla.domain.StatsRow;
import vn.motcua.support.time.VnTime;

/**
 * The statistics from the incremental aggregates (V4__stats_aggregates.sql), never from the dossiers: one SQL
 * statement reads the month rows from the period's first month on, day rows of the months the buckets cut, the
 * unfolded journal and the stocks now, grouped by key and period; {@link StatsGranules} does the bucket arithmetic.
 * Reports by agency, level or period read the per-agency aggregates; a field, procedure or channel needs the fine ones.
 */
@ApplicationScoped
public class StatisticsQuery {
    private static final String VALUES = "received, received_in_person, received_online, received_postal, resolved,"
            + " early, on_time, late, apologised_in_time, apologised_late, never_apologised, d_open, d_overdue, d_paused";
    private static final String STOCKS = "0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, d_open, d_overdue, d_paused";
    private static final String FINE_KEYS = "agency_code, level, field_code, procedure_code, channel";
    private static final String COARSE_KEYS = "agency_code, level, cast(null as text) as field_code,"
            + " cast(null as text) as procedure_code, cast(null as text) as channel";

    private final EntityManager em;

    public StatisticsQuery(EntityManager em) {
        this.em = em;
    }

    public List<StatsRow> rows(StatsFilter filter, List<StatsBucket> buckets) {
        return rowsBy(filter, buckets, List.of(filter.groupBy())).get(filter.groupBy());
    }

    /** Only the flows (received by channel, resolved early/on time/late, rate) per bucket; stock columns are 0. */
    public List<StatsRow> flows(StatsFilter filter, List<StatsBucket> buckets) {
        return rows(filter, buckets).stream().map(StatsRow::flowsOnly).toList();
    }

    /**
     * Several breakdowns of the same selection from one statement ({@code grouping sets}): e.g. by agency, field and
     * level for a dashboard. A period dimension makes one row per bucket and must be asked alone.
     */
    public Map<GroupBy, List<StatsRow>> rowsBy(StatsFilter filter, List<StatsBucket> buckets, List<GroupBy> dimensions) {
        List<Map<String, StatsGranules>> byDimension = new ArrayList<>();
        dimensions.forEach(d -> byDimension.add(new TreeMap<>()));
        for (Object o : query("", filter, buckets, dimensions).getResultList()) {
            Object[] r = (Object[]) o;
            long[] values = new long[StatsGranules.COLUMNS];
            for (int i = 0; i < values.length; i++) {
                values[i] = ((Number) r[4 + i]).longValue();
            }
            LocalDate period = r[3] == null ? null : LocalDate.ofEpochDay(((Number) r[3]).longValue());
            byDimension.get(((Number) r[0]).intValue())
                    .computeIfAbsent((String) r[1], k -> new StatsGranules())
                    .add(Grain.valueOf((String) r[2]), period, values);
        }
        Map<GroupBy, List<StatsRow>> rows = new EnumMap<>(GroupBy.class);
        for (int i = 0; i < dimensions.size(); i++) {
            rows.put(dimensions.get(i), rows(dimensions.get(i), byDimension.get(i), buckets, filter));
        }
        return rows;
    }

    /** The query plan with timings, for benchmarks. */
    public List<?> explain(StatsFilter filter, List<StatsBucket> buckets) {
        return query("explain (analyze, buffers) ", filter, buckets, List.of(filter.groupBy())).getResultList();
    }

    private List<StatsRow> rows(GroupBy dimension, Map<String, StatsGranules> byKey, List<StatsBucket> buckets,
            StatsFilter filter) {
        Map<String, String> labels = labels(dimension, byKey.keySet());
        List<StatsRow> rows = new ArrayList<>();
        for (StatsBucket b : buckets) {
            LocalDate start = day(b.start());
            LocalDate end = day(b.end());
            boolean endIsNow = b.end().isAfter(filter.now());
            byKey.forEach((key, granules) -> {
                String rowKey = dimension.isPeriod() ? b.key() : key;
                String label = dimension.isPeriod() ? b.label() : labels.getOrDefault(key, key);
                StatsRow row = granules.row(rowKey, label, start, end, endIsNow);
                if (row != null) {
                    rows.add(row);
                }
            });
        }
        return rows;
    }

    private Query query(String prefix, StatsFilter filter, List<StatsBucket> buckets, List<GroupBy> dimensions) {
        boolean fine = filter.field() != null || filter.procedure() != null || filter.channel() != null
                || dimensions.stream().anyMatch(d -> d == GroupBy.FIELD || d == GroupBy.PROCEDURE || d == GroupBy.CHANNEL);
        String table = fine ? "stats_" : "stats_agency_";
        String keys = fine ? FINE_KEYS : COARSE_KEYS;
        Map<String, Object> params = new HashMap<>();
        LocalDate first = day(buckets.get(0).start());
        params.put("firstMonth", first.withDayOfMonth(1));
        StringBuilder days = new StringBuilder("false");
        int i = 0;
        for (LocalDate month : cutMonths(buckets)) {
            days.append(" or (period >= :d").append(i).append(" and period < :e").append(i).append(')');
            params.put("d" + i, month);
            params.put("e" + i, month.plusMonths(1));
            i++;
        }
        StringBuilder groupKeys = new StringBuilder();
        StringBuilder which = new StringBuilder("case");
        List<String> sets = new ArrayList<>();
        for (int k = 0; k < dimensions.size(); k++) {
            groupKeys.append(", ").append(keyExpression(dimensions.get(k), filter)).append(" as k").append(k);
            which.append(" when grouping(k%d) = 0 then %d".formatted(k, k));
            sets.add("(k" + k + ", r.grain, r.seg)");
        }
        String seg = segment(buckets, params);
        String columns = String.join(", ", dimensions.stream().map(d -> "k" + dimensions.indexOf(d)).toList());
        // the period as its epoch day and the sums as bigint: decoding dates and numerics dominated the Java side
        String sql = prefix + "select " + which + " end, coalesce(" + columns + "), r.grain,"
                + " cast(min(r.period) - date '1970-01-01' as integer), "
                + sums() + " from (select r.*, a.path" + groupKeys + ", " + seg + " as seg from ("
                + "select 'M' as grain, period, " + keys + ", " + VALUES + " from " + table + "month where period >= :firstMonth"
                + " union all select 'D', period, " + keys + ", " + VALUES + " from " + table + "day where " + days
                + " union all select 'N', cast(null as date), " + keys + ", " + STOCKS + " from " + table + "now"
                + " union all select 'J', day, " + keys + ", " + VALUES + " from stats_delta"
                + ") r join agency a on a.code = r.agency_code where true"
                + StatsSelection.AGGREGATES.conditions(filter, params)
                + ") r group by grouping sets (" + String.join(", ", sets) + ")";
        Query query = em.createNativeQuery(sql);
        params.forEach(query::setParameter);
        return query;
    }

    /**
     * What the rows are grouped by besides key and grain. One bucket: rows that every boundary puts on the same side
     * are summed in SQL (a year by agency: ~3 rows per agency instead of ~23), since {@link StatsGranules} only
     * compares a row's day, month start and month end with the boundaries. Several buckets (by month, quarter...):
     * nearly every month is a segment of its own, so the period itself.
     */
    private static String segment(List<StatsBucket> buckets, Map<String, Object> params) {
        if (buckets.size() > 1) {
            return "array[r.period - date '1970-01-01']";
        }
        List<String> bounds = new ArrayList<>();
        for (LocalDate day : boundaries(buckets)) {
            params.put("b" + bounds.size(), day);
            bounds.add("cast(:b" + bounds.size() + " as date)");
        }
        String b = "array[" + String.join(", ", bounds) + "]";
        String monthStart = "cast(date_trunc('month', r.period) as date)";
        String monthEnd = "cast(date_trunc('month', r.period) + interval '1 month' as date) - 1";
        return "case r.grain when 'N' then null when 'J' then array[width_bucket(r.period, %1$s)]".formatted(b)
                + " else array[width_bucket(r.period, %1$s), width_bucket(%2$s, %1$s), width_bucket(%3$s, %1$s)] end"
                .formatted(b, monthStart, monthEnd);
    }

    /** Every bucket's first day and the day after its last, in order. */
    private static TreeSet<LocalDate> boundaries(List<StatsBucket> buckets) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (StatsBucket b : buckets) {
            days.add(day(b.start()));
            days.add(day(b.end()));
        }
        return days;
    }

    /** Months that some bucket boundary cuts (not on the 1st): their day rows are read. */
    private static TreeSet<LocalDate> cutMonths(List<StatsBucket> buckets) {
        TreeSet<LocalDate> months = new TreeSet<>();
        for (StatsBucket b : buckets) {
            for (LocalDate d : List.of(day(b.start()), day(b.end()))) {
                if (d.getDayOfMonth() != 1) {
                    months.add(d.withDayOfMonth(1));
                }
            }
        }
        return months;
    }

    private static String sums() {
        List<String> sums = new ArrayList<>();
        for (String column : VALUES.split(",")) {
            sums.add("cast(sum(r." + column.strip() + ") as bigint)");
        }
        return String.join(", ", sums);
    }

    private static String keyExpression(GroupBy groupBy, StatsFilter filter) {
        return switch (groupBy) {
            // the sub-unit directly below the filter agency (or the root without one) whose subtree holds the dossier
            case AGENCY -> "coalesce(a.path[" + (filter.agencyDepth() + 1) + "], a.code)";
            case LEVEL -> "r.level";
            case FIELD -> "r.field_code";
            case PROCEDURE -> "r.procedure_code";
            case CHANNEL -> "r.channel";
            case MONTH, QUARTER, YEAR -> "''";
        };
    }

    private Map<String, String> labels(GroupBy dimension, Iterable<String> keys) {
        List<String> codes = new ArrayList<>();
        keys.forEach(codes::add);
        if (codes.isEmpty() || (dimension != GroupBy.FIELD && dimension != GroupBy.PROCEDURE)) {
            return Map.of();
        }
        Map<String, String> labels = new LinkedHashMap<>();
        for (Object o : em.createNativeQuery("select code, coalesce(name, code) from dimension_label"
                        + " where kind = :kind and code in (:codes)")
                .setParameter("kind", dimension.name()).setParameter("codes", codes).getResultList()) {
            Object[] r = (Object[]) o;
            labels.put((String) r[0], (String) r[1]);
        }
        return labels;
    }

    /** Used by callers to label agency rows; kept here so all statistics SQL lives in one class. */
    public Map<String, String> agencyNames(List<String> codes) {
        Map<String, String> names = new HashMap<>();
        if (codes.isEmpty()) {
            return names;
        }
        for (Object o : em.createNativeQuery("select code, coalesce(name, code) from agency where code in (:codes)")
                .setParameter("codes", codes).getResultList()) {
            Object[] r = (Object[]) o;
            names.put((String) r[0], (String) r[1]);
        }
        return names;
    }

    private static LocalDate day(java.time.Instant instant) {
        return LocalDate.ofInstant(instant, VnTime.ZONE);
    }
}
