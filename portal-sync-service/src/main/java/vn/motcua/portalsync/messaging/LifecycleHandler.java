package vn.motcua.portalsync.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.events.lifecycle.DossierLifecycleEvent;
import vn.motcua.portalsync.application.SyncQueue;
import vn.motcua.support.messaging.TopicHandlers;

/** dossier.lifecycle.v1: every change of a dossier is queued for the portal (once per event id: service-support). */
@ApplicationScoped
public class LifecycleHandler extends TopicHandlers.Lifecycle {
    private final SyncQueue queue;

    public LifecycleHandler(SyncQueue queue) {
        this.queue = queue;
    }

    @Override
    public void handle(DossierLifecycleEvent event) {
        queue.record(event);
    }
}
