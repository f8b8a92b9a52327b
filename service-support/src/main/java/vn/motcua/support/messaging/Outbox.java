package vn.motcua.support.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import vn.motcua.events.EventJson;
import vn.motcua.events.EventTypes;

/**
 * The producer side of the transactional outbox: {@link #publish} writes the event in the caller's
 * transaction, so the event exists if and only if the change it announces was committed.
 */
@ApplicationScoped
public class Outbox {
    private final EntityManager em;
    private final MessagingConfig config;
    private final Clock clock;
    private final TransactionSynchronizationRegistry registry;
    private final OutboxRelay relay;

    public Outbox(EntityManager em, MessagingConfig config, Clock clock, TransactionSynchronizationRegistry registry,
            OutboxRelay relay) {
        this.em = em;
        this.config = config;
        this.clock = clock;
        this.registry = registry;
        this.relay = relay;
    }

    /** Queues an event record (one of the {@code vn.motcua.events} records) for {@code topic}, keyed and subjected by {@code key}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String topic, String key, Object event) {
        return publishRaw(topic, key, EventTypes.typeOf(event.getClass()), EventJson.write(event));
    }

    /**
     * Queues an event record with the CloudEvents {@code time} of the occurrence (e.g. work recorded late: when it
     * happened, not when it was queued) and extension attributes ({@code [a-z0-9]{1,20}} names, string values).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String topic, String key, Object event, Instant time, Map<String, String> extensions) {
        OutboxEvent row = row(topic, key, EventTypes.typeOf(event.getClass()), EventJson.write(event));
        row.ceTime = time;
        row.ceExtensions = CloudEventCodec.checkExtensions(extensions);
        return queue(row);
    }

    /** Queues a payload that is not an event record (e.g. a calendar on {@code calendar.v1}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publishRaw(String topic, String key, String ceType, byte[] json) {
        return queue(row(topic, key, ceType, json));
    }

    private OutboxEvent row(String topic, String key, String ceType, byte[] json) {
        OutboxEvent row = new OutboxEvent();
        row.id = UUID.randomUUID();
        row.topic = topic;
        row.messageKey = key;
        row.ceType = ceType;
        row.ceSource = config.source();
        row.ceSubject = key;
        row.ceTime = clock.instant();
        row.createdAt = row.ceTime;
        row.payload = json;
        return row;
    }

    private UUID queue(OutboxEvent row) {
        em.persist(row);
        registry.registerInterposedSynchronization(new WakeRelayAfterCommit(relay));
        return row.id;
    }

    /** Wakes the relay once the row is visible, so that latency is not bounded by the polling interval. */
    private record WakeRelayAfterCommit(OutboxRelay relay) implements Synchronization {
        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                relay.wake();
            }
        }
    }
}
