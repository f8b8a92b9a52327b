package vn.motcua.sla.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
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
        handleBatch(List.of(event));
    }

    /** A chunk in one transaction: the tracker reads its dossiers once and writes them in JDBC batches at commit. */
    @Override
    public void handleBatch(List<IncomingEvent> events) {
        List<DossierLifecycleEvent> lifecycle = new ArrayList<>();
        for (IncomingEvent event : events) {
            Optional<Class<?>> type = EventTypes.classOf(event.type());
            // a type newer than this service is ignored rather than dead-lettered
            if (type.isPresent() && DossierLifecycleEvent.class.isAssignableFrom(type.get())) {
                lifecycle.add((DossierLifecycleEvent) event.payload());
            }
        }
        if (!lifecycle.isEmpty()) {
            tracker.apply(lifecycle);
        }
    }
}
