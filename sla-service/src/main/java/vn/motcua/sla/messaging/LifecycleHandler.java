package vn.motcua.sla.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.motcua.events.lifecycle.DossierLifecycleEvent;
import vn.motcua.sla.application.DeadlineTracker;
import vn.motcua.support.messaging.EventHandler;
import vn.motcua.support.messaging.TopicsConfig;

/** Consumes dossier.lifecycle.v1 (idempotently, through service-support) into the deadline tracker. */
@ApplicationScoped
public class LifecycleHandler implements EventHandler<DossierLifecycleEvent> {
    private final DeadlineTracker tracker;
    private final TopicsConfig topics;

    public LifecycleHandler(DeadlineTracker tracker, TopicsConfig topics) {
        this.tracker = tracker;
        this.topics = topics;
    }

    @Override
    public String topic() {
        return topics.lifecycle().name();
    }

    @Override
    public Class<DossierLifecycleEvent> eventType() {
        return DossierLifecycleEvent.class;
    }

    @Override
    public void handle(DossierLifecycleEvent event) {
        tracker.apply(List.of(event));
    }

    /** A chunk in one transaction: the tracker reads its dossiers once and writes them in JDBC batches at commit. */
    @Override
    public void handleBatch(List<DossierLifecycleEvent> events) {
        tracker.apply(events);
    }
}
