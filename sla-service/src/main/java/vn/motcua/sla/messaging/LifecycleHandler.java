package vn.motcua.sla.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import vn.motcua.events.EventTypes;
import vn.motcua.events.lifecycle.DossierLifecycleEvent;
import vn.motcua.sla.config.SlaConfig;
import vn.motcua.support.messaging.EventHandler;
import vn.motcua.support.messaging.IncomingEvent;

/** Consumes dossier.lifecycle.v1 (idempotently, through service-support) into the deadline tracker. */
@ApplicationScoped
public class LifecycleHandler implements EventHandler {
    private final DeadlineTracker tracker;
    private final SlaConfig config;
    private final EntityManager em;

    public LifecycleHandler(DeadlineTracker tracker, SlaConfig config, EntityManager em) {
        this.tracker = tracker;
        this.config = config;
        this.em = em;
    }

    @Override
    public String topic() {
        return config.lifecycleTopic();
    }

    @Override
    public void handle(IncomingEvent event) {
        Optional<Class<?>> type = EventTypes.classOf(event.type());
        if (type.isEmpty() || !DossierLifecycleEvent.class.isAssignableFrom(type.get())) {
            return; // a type newer than this service: ignore rather than dead-letter
        }
        tracker.apply((DossierLifecycleEvent) event.payload());
    }

    /**
     * A chunk in one transaction, event by event as {@link #handle} would: flushed and cleared after each event so
     * that the persistence context (which every query flushes) holds one dossier, not the whole chunk.
     */
    @Override
    public void handleBatch(List<IncomingEvent> events) {
        for (IncomingEvent event : events) {
            handle(event);
            em.flush();
            em.clear();
        }
    }
}
