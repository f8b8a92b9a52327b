package vn.motcua.sla.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.motcua.events.lifecycle.DossierLifecycleEvent;
import vn.motcua.sla.application.DeadlineTracker;
import vn.motcua.support.messaging.TopicHandlers;

/** Consumes dossier.lifecycle.v1 (idempotently, through service-support) into the deadline tracker. */
@ApplicationScoped
public class LifecycleHandler extends TopicHandlers.Lifecycle {
    private final DeadlineTracker tracker;

    public LifecycleHandler(DeadlineTracker tracker) {
        this.tracker = tracker;
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
