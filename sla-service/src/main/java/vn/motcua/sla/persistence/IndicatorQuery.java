package vn.motcua.sla.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import vn.motcua.sla.domain.Indicator;
import vn.motcua.sla.domain.Scorecard.Count;
import vn.motcua.sla.domain.ScorecardBy;
import vn.motcua.sla.domain.StatsFilter;
import vn.motcua.support.time.VnTime;

/**
 * The Decision 766 indicators counted from the index facts (V13) of a statistics filter's dossiers, per scorecard key
 * (the month of the fact's date, the sub-unit directly below the filter's agency, or the whole period): receipts by
 * their receipt, payments by when they were paid, results by their completion, ratings by when they were given.
 */
@ApplicationScoped
public class IndicatorQuery {
    private static final String PROCEDURE = "d.procedure_code || '#' || d.procedure_version";
    private static final String SATISFIED = "count(x.%1$s), count(*) filter (where x.%1$s >= 4)";

    private final EntityManager em;

    public IndicatorQuery(EntityManager em) {
        this.em = em;
    }

    public Map<String, Map<Indicator, Count>> counts(StatsFilter filter, LocalDate from, LocalDate to, ScorecardBy keys) {
        Map<String, Map<Indicator, Count>> counts = new TreeMap<>();
        count(counts, filter, from, to, keys, "index_fact", "d.received_at", "count(distinct " + PROCEDURE
                        + ") filter (where x.published_on is not null and x.effective_from is not null), count(distinct "
                        + PROCEDURE + ") filter (where x.published_on <= x.effective_from), count(distinct " + PROCEDURE
                        + ") filter (where x.online_level is not null), count(distinct " + PROCEDURE
                        + ") filter (where x.online_level in ('FULL', 'PARTIAL')), count(distinct " + PROCEDURE
                        + ") filter (where x.online_level = 'FULL'), coalesce(sum(x.documents), 0),"
                        + " coalesce(sum(x.documents_digitised), 0), coalesce(sum(x.documents_reused), 0)",
                List.of(Indicator.PUBLISHED_IN_TIME, Indicator.ONLINE_PROCEDURES, Indicator.FULL_ONLINE_PROCEDURES,
                        Indicator.DOCUMENTS_DIGITISED, Indicator.DOCUMENTS_REUSED),
                r -> List.of(count(r, 1, 0), count(r, 3, 2), count(r, 4, 2), count(r, 6, 5), count(r, 7, 5)));
        count(counts, filter, from, to, keys, "fee_payment", "x.paid_at",
                "count(*), count(*) filter (where x.channel = 'ONLINE')", List.of(Indicator.ONLINE_PAYMENTS),
                r -> List.of(count(r, 1, 0)));
        count(counts, filter, from, to, keys, "index_fact", "x.result_at",
                "count(x.result_digitised), count(*) filter (where x.result_digitised), count(x.result_reused),"
                        + " count(*) filter (where x.result_reused)",
                List.of(Indicator.RESULTS_DIGITISED, Indicator.RESULTS_REUSED),
                r -> List.of(count(r, 1, 0), count(r, 3, 2)));
        count(counts, filter, from, to, keys, "index_fact", "x.rated_at", String.join(", ",
                        SATISFIED.formatted("score_access"), SATISFIED.formatted("score_procedure"),
                        SATISFIED.formatted("score_officer"), SATISFIED.formatted("score_result"),
                        SATISFIED.formatted("score_feedback")),
                List.of(Indicator.SATISFIED_ACCESS, Indicator.SATISFIED_PROCEDURE, Indicator.SATISFIED_OFFICER,
                        Indicator.SATISFIED_RESULT, Indicator.SATISFIED_FEEDBACK, Indicator.SATISFIED),
                r -> {
                    long scores = 0;
                    long satisfied = 0;
                    for (int i = 0; i < 10; i += 2) {
                        scores += n(r, i);
                        satisfied += n(r, i + 1);
                    }
                    return List.of(count(r, 1, 0), count(r, 3, 2), count(r, 5, 4), count(r, 7, 6), count(r, 9, 8),
                            new Count(satisfied, scores));
                });
        return counts;
    }

    /** One statement over {@code table} (as x, with its dossier d and agency a) dated by {@code date}. */
    private void count(Map<String, Map<Indicator, Count>> counts, StatsFilter filter, LocalDate from, LocalDate to,
            ScorecardBy keys, String table, String date, String sums, List<Indicator> indicators,
            Function<Object[], List<Count>> read) {
        Map<String, Object> params = new HashMap<>();
        params.put("start", from.atStartOfDay(VnTime.ZONE).toInstant());
        params.put("end", to.plusDays(1).atStartOfDay(VnTime.ZONE).toInstant());
        String key = key(keys, date, filter);
        String sql = "select " + key + ", " + sums + " from " + table + " x"
                + " join tracked_dossier d on d.code = x.dossier_code join agency a on a.code = d.deciding_agency_code"
                + " where " + date + " >= :start and " + date + " < :end"
                + StatsSelection.DOSSIERS.conditions(filter, params) + " group by 1";
        Query query = em.createNativeQuery(sql);
        params.forEach(query::setParameter);
        for (Object o : query.getResultList()) {
            Object[] row = (Object[]) o;
            List<Count> values = read.apply(Arrays.copyOfRange(row, 1, row.length));
            Map<Indicator, Count> byIndicator = counts.computeIfAbsent((String) row[0], k -> new EnumMap<>(Indicator.class));
            for (int i = 0; i < indicators.size(); i++) {
                byIndicator.put(indicators.get(i), values.get(i));
            }
        }
    }

    private static String key(ScorecardBy keys, String date, StatsFilter filter) {
        return switch (keys) {
            case TOTAL -> "'total'";
            case MONTH -> "to_char(" + date + " at time zone '" + VnTime.ZONE.getId() + "', 'YYYY-MM')";
            // the sub-unit directly below the filter agency (or the root without one), as the statistics group
            case AGENCY -> "coalesce(a.path[" + (filter.agencyDepth() + 1) + "], a.code)";
        };
    }

    private static Count count(Object[] r, int numerator, int denominator) {
        return new Count(n(r, numerator), n(r, denominator));
    }

    private static long n(Object[] r, int i) {
        return ((Number) r[i]).longValue();
    }
}
