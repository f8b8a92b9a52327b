package vn.motcua.support.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/** The idempotent consumer's memory: which event ids already had their effect (debezium's MessageLog). */
@ApplicationScoped
public class ConsumedEventLog {
    // one round trip for a whole chunk; "returning" names the rows this statement inserted, i.e. the new events
    private static final String MARK_ALL = "insert into consumed_event (event_id, topic) "
            + "select id, ? from unnest(?::uuid[]) as ids(id) on conflict (event_id) do nothing returning event_id";

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

    /** Records the events in the current transaction in one statement; returns those not consumed before. */
    public Set<UUID> markAllConsumed(List<UUID> eventIds, String topic) {
        UUID[] distinct = eventIds.stream().distinct().toArray(UUID[]::new);
        return em.unwrap(Session.class).doReturningWork(connection -> {
            Set<UUID> fresh = new HashSet<>();
            try (PreparedStatement insert = connection.prepareStatement(MARK_ALL)) {
                insert.setString(1, topic);
                insert.setArray(2, connection.createArrayOf("uuid", distinct));
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        fresh.add(rows.getObject(1, UUID.class));
                    }
                }
            }
            return fresh;
        });
    }

    public boolean isConsumed(UUID eventId) {
        return !em.createNativeQuery("select 1 from consumed_event where event_id = :id")
                .setParameter("id", eventId).getResultList().isEmpty();
    }
}
