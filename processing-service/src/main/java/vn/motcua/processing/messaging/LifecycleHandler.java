package vn.motcua.processing.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.events.lifecycle.DossierLifecycleEvent;
import vn.motcua.events.lifecycle.DossierReceived;
import vn.motcua.processing.application.DossierIntake;
import vn.motcua.support.messaging.EventHandler;
import vn.motcua.support.messaging.TopicsConfig;

/** dossier.lifecycle.v1: a received dossier opens a case; every other lifecycle event was produced here. */
@ApplicationScoped
public class LifecycleHandler implements EventHandler<DossierLifecycleEvent> {
    private final DossierIntake intake;
    private final TopicsConfig topics;

    public LifecycleHandler(DossierIntake intake, TopicsConfig topics) {
        this.intake = intake;
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
        switch (event) {
            case DossierReceived received -> intake.open(received);
            default -> {
                // this service's own events, already applied when they were written to the outbox
            }
        }
    }
}
