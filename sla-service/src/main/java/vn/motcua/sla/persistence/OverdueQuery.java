package vn.motcua.sla.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.motcua.sla.domain.StatsFilter;
import vn.motcua.sla.domain.TrackedDossier;

/**
 * Open, unpaused dossiers past the receipt's appointment (as pauses moved it; rescheduled or not: an apology does not
 * end the lateness), oldest first (index tracked_dossier_open_scoring_due), selected like the statistics (agency subtree or own dossiers, level, field, procedure, channel).
 */
@ApplicationScoped
public class OverdueQuery {
    private static final String FROM = " from tracked_dossier d join agency a on a.code = d.deciding_agency_code"
            + " where d.ended_at is null and d.paused_since is null and d.scoring_due_at < :now";

    private final EntityManager em;

    public OverdueQuery(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    public List<TrackedDossier> page(StatsFilter filter, Instant now, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        Query q = em.createNativeQuery("select d.*" + FROM + where(filter, params)
                + " order by d.scoring_due_at, d.code limit :size offset :offset", TrackedDossier.class);
        params.forEach(q::setParameter);
        return q.setParameter("now", now).setParameter("size", size).setParameter("offset", (long) page * size)
                .getResultList();
    }

    public long count(StatsFilter filter, Instant now) {
        Map<String, Object> params = new LinkedHashMap<>();
        Query q = em.createNativeQuery("select count(*)" + FROM + where(filter, params));
        params.forEach(q::setParameter);
        return ((Number) q.setParameter("now", now).getSingleResult()).longValue();
    }

    /** Of the given dossiers, those whose first appointment was declared missed (an automatic apology followed). */
    public Set<String> missedFirstAppointment(List<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        List<?> rows = em.createNativeQuery("select dossier_code from deadline_episode where dossier_code in (:codes)"
                + " and episode = 1 and missed_at is not null").setParameter("codes", codes).getResultList();
        Set<String> missed = new HashSet<>();
        rows.forEach(r -> missed.add((String) r));
        return missed;
    }

    private static String where(StatsFilter filter, Map<String, Object> params) {
        return StatsSelection.DOSSIERS.conditions(filter, params);
    }
}
