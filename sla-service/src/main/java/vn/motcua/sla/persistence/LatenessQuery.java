package vn.motcua.sla.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.events.LateCause;
import vn.motcua.sla.domain.LateStep;
import vn.motcua.sla.domain.LatenessTally.LateDossier;
import vn.motcua.sla.domain.StatsFilter;
import vn.motcua.support.time.VnTime;

/**
 * The dossiers resolved late in a period (outcome LATE, processing end on a day of the period: the {@code late} of
 * the statistics) for a statistics filter, with their steps; and the agency tree's paths of units.
 */
@ApplicationScoped
public class LatenessQuery {
    private final EntityManager em;

    public LatenessQuery(EntityManager em) {
        this.em = em;
    }

    public List<LateDossier> lateDossiers(StatsFilter filter, LocalDate from, LocalDate to) {
        Map<String, Object> params = new HashMap<>();
        params.put("start", from.atStartOfDay(VnTime.ZONE).toInstant());
        params.put("end", to.plusDays(1).atStartOfDay(VnTime.ZONE).toInstant());
        String sql = "select d.code, d.deciding_agency_code, d.ended_at, s.seq, s.step_name, s.unit_code,"
                + " s.officer, s.due_at, s.assigned_at, s.late_cause from tracked_dossier d"
                + " join agency a on a.code = d.deciding_agency_code"
                + " left join processing_step s on s.dossier_code = d.code"
                + " where d.outcome = 'LATE' and d.ended_at >= :start and d.ended_at < :end"
                + StatsSelection.DOSSIERS.conditions(filter, params) + " order by d.code, s.seq";
        Query query = em.createNativeQuery(sql);
        params.forEach(query::setParameter);
        Map<String, Builder> byCode = new LinkedHashMap<>();
        for (Object o : query.getResultList()) {
            Object[] r = (Object[]) o;
            Builder b = byCode.computeIfAbsent((String) r[0], code -> new Builder(code, (String) r[1]));
            b.endedAt = instant(r[2]);
            if (r[3] != null) {
                b.rows.add(r);
            }
        }
        return byCode.values().stream().map(Builder::build).toList();
    }

    /** Root..unit codes of each of these codes the agency tree knows. */
    public Map<String, List<String>> paths(List<String> codes) {
        Map<String, List<String>> paths = new HashMap<>();
        if (codes.isEmpty()) {
            return paths;
        }
        for (Object o : em.createNativeQuery("select code, array_to_string(path, '|') from agency where code in (:codes)")
                .setParameter("codes", codes).getResultList()) {
            Object[] r = (Object[]) o;
            paths.put((String) r[0], Arrays.asList(((String) r[1]).split("\\|")));
        }
        return paths;
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.sql.Timestamp t ? t.toInstant()
                : value instanceof java.time.OffsetDateTime odt ? odt.toInstant() : (Instant) value;
    }

    /** One dossier's rows: a step ends when the next is handed over, the last one at the processing end. */
    private static final class Builder {
        final String code;
        final String agency;
        Instant endedAt;
        final List<Object[]> rows = new ArrayList<>();

        Builder(String code, String agency) {
            this.code = code;
            this.agency = agency;
        }

        LateDossier build() {
            List<LateStep> steps = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                Object[] r = rows.get(i);
                Instant end = i + 1 < rows.size() ? instant(rows.get(i + 1)[8]) : endedAt;
                steps.add(new LateStep(((Number) r[3]).intValue(), (String) r[4], (String) r[5], (String) r[6],
                        instant(r[7]), end, r[9] == null ? null : LateCause.valueOf((String) r[9])));
            }
            return new LateDossier(code, agency, steps);
        }
    }
}
