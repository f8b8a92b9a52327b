package vn.motcua.processing.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.events.lifecycle.DossierLifecycleEvent;
import vn.motcua.events.lifecycle.DossierReceived;
import vn.motcua.processing.application.DossierIntake;
import vn.motcua.support.messaging.TopicHandlers;

/** dossier.lifecycle.v1: a received dossier opens a case; every other lifecycle event was produced here. */
@ApplicationScoped
public class LifecycleHandler extends TopicHandlers.Lifecycle {
    private final DossierIntake intake;

    public LifecycleHandler(DossierIntake intake) {
        this.intake = intake;
    }

    @Override
    public void handle(DossierLifecycleEvent event) {
        switch (event) {
            case DossierReceived received -> intake.open(received);
            default -> {
                // this service's own events, already applied when they were written to the outbox
            }
        }
    }
}
