package vn.motcua.support.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/** The idempotent consumer's memory: which event ids already had their effect (debezium's MessageLog). */
@ApplicationScoped
public class ConsumedEventLog {
    private final EntityManager em;

    public ConsumedEventLog(EntityManager em) {
        this.em = em;
    }

    /** Records the event in the current transaction; false when it was already consumed. */
    public boolean markConsumed(UUID eventId, String topic) {
        return em.createNativeQuery("insert into consumed_event (event_id, topic) values (:id, :topic) "
                + "on conflict (event_id) do nothing")
                .setParameter("id", eventId).setParameter("topic", topic).executeUpdate() == 1;
    }

    public boolean isConsumed(UUID eventId) {
        return !em.createNativeQuery("select 1 from consumed_event where event_id = :id")
                .setParameter("id", eventId).getResultList().isEmpty();
    }
}
