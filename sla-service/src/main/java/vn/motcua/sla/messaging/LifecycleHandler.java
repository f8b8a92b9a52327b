package vn.motcua.sla.messaging;

import jakarta.enterprise.context.ApplicationScoped;
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

    public LifecycleHandler(DeadlineTracker tracker, SlaConfig config) {
        this.tracker = tracker;
        this.config = config;
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
}
