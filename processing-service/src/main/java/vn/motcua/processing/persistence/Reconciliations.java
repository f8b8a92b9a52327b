package vn.motcua.processing.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;

/**
 * The start-up reconciliation's reads: batches in key order, the rows locked so that instances starting together
 * share the work (SKIP LOCKED) instead of re-appointing a dossier twice.
 */
@ApplicationScoped
public class Reconciliations {
    private final EntityManager em;

    public Reconciliations(EntityManager em) {
        this.em = em;
    }

    /** A first miss and its dossier. */
    public record PendingMiss(long alertId, long dossierId) {
    }

    /** First misses after {@code afterAlertId} whose dossier, in one of {@code statuses}, has no new appointment. */
    public List<PendingMiss> firstMissesWithoutNewAppointment(long afterAlertId, Collection<String> statuses,
            int limit) {
        List<?> rows = em.createNativeQuery("select a.id, d.id as dossier_id from deadline_alert a"
                        + " join dossier d on d.code = a.dossier_code"
                        + " where a.kind = 'MISSED' and a.episode = 1 and a.id > :after"
                        + " and not d.rescheduled and d.status in (:statuses)"
                        + " order by a.id limit :limit for update of d skip locked")
                .setParameter("after", afterAlertId).setParameter("statuses", statuses)
                .setParameter("limit", limit).getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(r -> new PendingMiss(((Number) r[0]).longValue(), ((Number) r[1]).longValue())).toList();
    }

    /** Dossiers after {@code afterId} rescheduled before lateness was judged (before issue 13). */
    public List<Long> reschedulesNotJudged(long afterId, int limit) {
        List<?> rows = em.createNativeQuery("select id from dossier where rescheduled and reschedule_late is null"
                        + " and id > :after order by id limit :limit for update skip locked")
                .setParameter("after", afterId).setParameter("limit", limit).getResultList();
        return rows.stream().map(r -> ((Number) r).longValue()).toList();
    }
}
