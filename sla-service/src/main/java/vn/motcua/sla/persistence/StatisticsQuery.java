package vn.motcua.sla.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.sla.domain.GroupBy;
import vn.motcua.sla.domain.StatsBucket;
import vn.motcua.sla.domain.StatsFilter;
import vn.motcua.sla.domain.StatsRow;

/**
 * The statistics as one SQL aggregate: buckets (sub-periods) joined with the dossiers alive in them, counted with
 * FILTER clauses and grouped by the requested dimension. Nothing is looped over in Java.
 */
@ApplicationScoped
public class StatisticsQuery {
    private static final String COUNTS = """
            count(*) filter (where carried), count(*) filter (where received),
            count(*) filter (where received and channel = 'IN_PERSON'),
            count(*) filter (where received and channel = 'ONLINE'),
            count(*) filter (where received and channel = 'POSTAL'),
            count(*) filter (where resolved), count(*) filter (where resolved and outcome = 'EARLY'),
            count(*) filter (where resolved and outcome = 'ON_TIME'), count(*) filter (where resolved and outcome = 'LATE'),
            count(*) filter (where open_at_end), count(*) filter (where open_at_end and not paused and overdue),
            count(*) filter (where paused)
            """;
    // narrow rows (flags, not timestamps; "offset 0" keeps the planner from flattening them away) keep the grouping
    // small; paused is probed only for dossiers open at the bucket's state instant that were ever paused
    private static final String ALIVE = """
            , d.received_at < b.s and (d.ended_at is null or d.ended_at >= b.s) as carried,
              d.received_at >= b.s as received, d.channel,
              d.ended_at >= b.s and d.ended_at < b.e as resolved, d.outcome,
              d.received_at < b.st and (d.ended_at is null or d.ended_at >= b.st) as open_at_end,
              d.current_due_at < b.st as overdue,
              case when d.pause_count > 0 and d.received_at < b.st and (d.ended_at is null or d.ended_at >= b.st)
                then exists (select 1 from paused_interval p where p.dossier_code = d.code and p.started_at < b.st
                             and (p.ended_at is null or p.ended_at > b.st))
                else false end as paused
            """;

    private static final String ALIVE_JOIN = "d.received_at < b.e and (d.ended_at is null or d.ended_at >= b.s)";
    private static final String FLOWS_JOIN = "(d.received_at >= b.s and d.received_at < b.e)"
            + " or (d.ended_at >= b.s and d.ended_at < b.e)";

    private final EntityManager em;

    public StatisticsQuery(EntityManager em) {
        this.em = em;
    }

    public List<StatsRow> rows(StatsFilter filter, List<StatsBucket> buckets) {
        return rowsBy(filter, buckets, List.of(filter.groupBy())).get(filter.groupBy());
    }

    /**
     * Only the flows (received by channel, resolved early/on time/late, rate) per bucket: a dossier joins just the
     * buckets it was received or resolved in, not every bucket it stayed open through, so a twelve-month trend costs
     * about one scan. The stock columns (carriedOver, inProgress, inProgressOverdue, paused) come out as 0.
     */
    public List<StatsRow> flows(StatsFilter filter, List<StatsBucket> buckets) {
        List<StatsRow> rows = new ArrayList<>();
        for (Object o : query("", filter, buckets, List.of(filter.groupBy()), FLOWS_JOIN).getResultList()) {
            StatsRow r = row((Object[]) o);
            rows.add(new StatsRow(r.key(), r.label(), 0, r.received(), r.receivedInPerson(), r.receivedOnline(),
                    r.receivedPostal(), r.resolved(), r.early(), r.onTime(), r.late(), r.onTimeRate(), 0, 0, 0));
        }
        return rows;
    }

    /**
     * Several breakdowns of the same selection in one scan ({@code grouping sets}): e.g. by agency, field and level for
     * a dashboard. Period dimensions need their own buckets, so only one of them, alone, makes sense here.
     */
    public Map<GroupBy, List<StatsRow>> rowsBy(StatsFilter filter, List<StatsBucket> buckets, List<GroupBy> dimensions) {
        Map<GroupBy, List<StatsRow>> rows = new EnumMap<>(GroupBy.class);
        dimensions.forEach(d -> rows.put(d, new ArrayList<>()));
        for (Object o : query("", filter, buckets, dimensions, ALIVE_JOIN).getResultList()) {
            Object[] r = (Object[]) o;
            rows.get(dimensions.get(((Number) r[0]).intValue())).add(row(r));
        }
        return rows;
    }

    /** The query plan with timings, for benchmarks. */
    public List<?> explain(StatsFilter filter, List<StatsBucket> buckets) {
        return query("explain (analyze, buffers) ", filter, buckets, List.of(filter.groupBy()), ALIVE_JOIN).getResultList();
    }

    private Query query(String prefix, StatsFilter filter, List<StatsBucket> buckets, List<GroupBy> dimensions,
            String join) {
        // enough memory to group a province-year in memory rather than with an on-disk sort
        em.createNativeQuery("set local work_mem = '32MB'").executeUpdate();
        Map<String, Object> params = new HashMap<>();
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < buckets.size(); i++) {
            StatsBucket b = buckets.get(i);
            values.append(i == 0 ? "" : ", ").append("(cast(:k%d as text), cast(:l%d as text), cast(:s%d as timestamptz), "
                    .formatted(i, i, i)).append("cast(:e%d as timestamptz), cast(:t%d as timestamptz))".formatted(i, i));
            params.put("k" + i, b.key());
            params.put("l" + i, b.label());
            params.put("s" + i, b.start());
            params.put("e" + i, b.end());
            params.put("t" + i, b.end().isBefore(filter.now()) ? b.end() : filter.now());
        }
        // one key/label column pair per dimension; grouping(kN) = 0 tells which grouping set a result row belongs to
        StringBuilder keys = new StringBuilder();
        StringBuilder set = new StringBuilder("case");
        StringBuilder label = new StringBuilder("case");
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < dimensions.size(); i++) {
            String key = keyExpression(dimensions.get(i), filter);
            keys.append(i == 0 ? "" : ", ").append(key).append(" as k").append(i).append(", ")
                    .append(labelExpression(dimensions.get(i), key)).append(" as l").append(i);
            set.append(" when grouping(k%d) = 0 then %d".formatted(i, i));
            label.append(" when grouping(k%d) = 0 then max(l%d)".formatted(i, i));
            columns.add("k" + i);
        }
        String sql = prefix + "select " + set + " end as g, coalesce(" + String.join(", ", columns) + ") as k, "
                + label + " end, " + COUNTS
                + " from (select " + keys + ALIVE
                + " from (values " + values + ") as b(key, label, s, e, st)"
                + " join tracked_dossier d on (" + join + ")"
                + " join agency a on a.code = d.deciding_agency_code"
                + " where " + where(filter, params) + " offset 0) alive group by grouping sets (("
                + String.join("), (", columns) + ")) order by 1, 2";
        Query query = em.createNativeQuery(sql);
        params.forEach(query::setParameter);
        return query;
    }

    private static String keyExpression(GroupBy groupBy, StatsFilter filter) {
        return switch (groupBy) {
            // the sub-unit directly below the filter agency (or the root without one) whose subtree holds the dossier
            case AGENCY -> "coalesce(a.path[" + (filter.agencyDepth() + 1) + "], a.code)";
            case LEVEL -> "coalesce(d.deciding_agency_level, '-')";
            case FIELD -> "coalesce(d.field_code, '-')";
            case PROCEDURE -> "d.procedure_code";
            case CHANNEL -> "d.channel";
            case MONTH, QUARTER, YEAR -> "b.key";
        };
    }

    private static String labelExpression(GroupBy groupBy, String key) {
        return switch (groupBy) {
            case FIELD -> "d.field_name";
            case PROCEDURE -> "d.procedure_name";
            case MONTH, QUARTER, YEAR -> "b.label";
            default -> key.equals("b.key") ? "b.label" : key;
        };
    }

    /** The selection shared by the statistics and the overdue list (aliases d = tracked_dossier, a = agency). */
    static String where(StatsFilter f, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        conditions.add("true");
        if (f.agency() != null) {
            conditions.add(f.subunits() ? "a.path @> array[cast(:agency as text)]" : "d.deciding_agency_code = :agency");
            params.put("agency", f.agency());
        }
        condition(conditions, params, "d.deciding_agency_level", "level", f.level());
        condition(conditions, params, "d.field_code", "field", f.field());
        condition(conditions, params, "d.procedure_code", "procedure", f.procedure());
        condition(conditions, params, "d.channel", "channel", f.channel());
        return String.join(" and ", conditions);
    }

    private static void condition(List<String> conditions, Map<String, Object> params, String column, String name,
            String value) {
        if (value != null) {
            conditions.add(column + " = :" + name);
            params.put(name, value);
        }
    }

    private static StatsRow row(Object[] r) {
        long[] n = new long[12];
        for (int i = 0; i < n.length; i++) {
            n[i] = ((Number) r[i + 3]).longValue();
        }
        return new StatsRow((String) r[1], (String) r[2], n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8],
                StatsRow.rate(n[6], n[7], n[5]), n[9], n[10], n[11]);
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
}
