package vn.motcua.support.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/** SQL of the outbox relay: claim pending rows, mark them sent, clean up old ones. */
@ApplicationScoped
public class OutboxStore {
    /** Arbitrary constant naming the advisory lock held by the one relay publishing at a time. */
    private static final long RELAY_LOCK = 0x6d6f7463756131L;

    private final EntityManager em;

    public OutboxStore(EntityManager em) {
        this.em = em;
    }

    /**
     * Claims up to {@code limit} pending rows in order. Only one instance publishes at a time
     * (transaction-scoped advisory lock), which keeps each dossier's events in order across
     * instances; SKIP LOCKED keeps any other reader of the table from blocking on them.
     */
    @SuppressWarnings("unchecked")
    public List<OutboxEvent> lockPending(int limit) {
        Boolean mine = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", RELAY_LOCK).getSingleResult();
        if (!Boolean.TRUE.equals(mine)) {
            return List.of();
        }
        return em.createNativeQuery("select * from outbox_event where sent_at is null order by seq limit :limit "
                + "for update skip locked", OutboxEvent.class)
                .setParameter("limit", limit)
                .getResultList();
    }

    public void markSent(List<Long> seqs, Instant at) {
        if (seqs.isEmpty()) {
            return;
        }
        em.createNativeQuery("update outbox_event set sent_at = :at, attempts = attempts + 1 where seq in (:seqs)")
                .setParameter("at", at).setParameter("seqs", seqs).executeUpdate();
    }

    public void recordFailure(long seq, String error) {
        String message = error == null ? "unknown" : error.substring(0, Math.min(error.length(), 1000));
        em.createNativeQuery("update outbox_event set attempts = attempts + 1, last_error = :error where seq = :seq")
                .setParameter("error", message).setParameter("seq", seq).executeUpdate();
    }

    public long countPending() {
        return ((Number) em.createNativeQuery("select count(*) from outbox_event where sent_at is null")
                .getSingleResult()).longValue();
    }

    public int deleteSentBefore(Instant before) {
        return em.createNativeQuery("delete from outbox_event where sent_at < :before")
                .setParameter("before", before).executeUpdate();
    }
}
