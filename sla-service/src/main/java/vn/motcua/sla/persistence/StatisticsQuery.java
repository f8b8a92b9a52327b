package vn.motcua.sla.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
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
            count(*) filter (where d.received_at < b.s and (d.ended_at is null or d.ended_at >= b.s)),
            count(*) filter (where d.received_at >= b.s),
            count(*) filter (where d.received_at >= b.s and d.channel = 'IN_PERSON'),
            count(*) filter (where d.received_at >= b.s and d.channel = 'ONLINE'),
            count(*) filter (where d.received_at >= b.s and d.channel = 'POSTAL'),
            count(*) filter (where d.ended_at >= b.s and d.ended_at < b.e),
            count(*) filter (where d.ended_at >= b.s and d.ended_at < b.e and d.outcome = 'EARLY'),
            count(*) filter (where d.ended_at >= b.s and d.ended_at < b.e and d.outcome = 'ON_TIME'),
            count(*) filter (where d.ended_at >= b.s and d.ended_at < b.e and d.outcome = 'LATE'),
            count(*) filter (where d.received_at < b.st and (d.ended_at is null or d.ended_at >= b.st)),
            count(*) filter (where d.received_at < b.st and (d.ended_at is null or d.ended_at >= b.st)
                             and pz.one is null and d.current_due_at < b.st),
            count(pz.one)
            """;
    // paused at the bucket's state instant; the outer condition is a one-time filter, so ended dossiers cost no probe
    private static final String PAUSED = """
            left join lateral (select 1 as one from paused_interval p
                where d.received_at < b.st and (d.ended_at is null or d.ended_at >= b.st)
                  and p.dossier_code = d.code and p.started_at < b.st and (p.ended_at is null or p.ended_at > b.st)
                limit 1) pz on true
            """;

    private final EntityManager em;

    public StatisticsQuery(EntityManager em) {
        this.em = em;
    }

    public List<StatsRow> rows(StatsFilter filter, List<StatsBucket> buckets) {
        return run(filter, buckets, keyExpression(filter));
    }

    public StatsRow total(StatsFilter filter, StatsBucket whole) {
        List<StatsRow> rows = run(filter, List.of(whole), "b.key");
        return rows.isEmpty() ? new StatsRow(whole.key(), whole.label(), 0, 0, 0, 0, 0, 0, 0, 0, 0, null, 0, 0, 0)
                : rows.get(0);
    }

    private List<StatsRow> run(StatsFilter filter, List<StatsBucket> buckets, String key) {
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
        String sql = "select " + key + " as k, max(" + labelExpression(filter.groupBy(), key) + "), " + COUNTS
                + " from (values " + values + ") as b(key, label, s, e, st)"
                + " join tracked_dossier d on d.received_at < b.e and (d.ended_at is null or d.ended_at >= b.s)"
                + " join agency a on a.code = d.deciding_agency_code " + PAUSED
                + " where " + where(filter, params) + " group by k order by k";
        Query query = em.createNativeQuery(sql);
        params.forEach(query::setParameter);
        List<StatsRow> rows = new ArrayList<>();
        for (Object o : query.getResultList()) {
            rows.add(row((Object[]) o));
        }
        return rows;
    }

    private static String keyExpression(StatsFilter filter) {
        return switch (filter.groupBy()) {
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

    private static String where(StatsFilter f, Map<String, Object> params) {
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
            n[i] = ((Number) r[i + 2]).longValue();
        }
        return new StatsRow((String) r[0], (String) r[1], n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8],
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
