package vn.motcua.processing.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.events.sla.DossierSlaEvent;
import vn.motcua.processing.application.SlaAlerts;
import vn.motcua.support.messaging.EventHandler;
import vn.motcua.support.messaging.TopicsConfig;

/** dossier.sla.v1: deadline approaching or missed, kept per episode for the officers' view. */
@ApplicationScoped
public class SlaHandler implements EventHandler<DossierSlaEvent> {
    private final SlaAlerts alerts;
    private final TopicsConfig topics;

    public SlaHandler(SlaAlerts alerts, TopicsConfig topics) {
        this.alerts = alerts;
        this.topics = topics;
    }

    @Override
    public String topic() {
        return topics.sla().name();
    }

    @Override
    public Class<DossierSlaEvent> eventType() {
        return DossierSlaEvent.class;
    }

    /** Both members of the family are kept alike: {@code DeadlineAlert.from} tells them apart. */
    @Override
    public void handle(DossierSlaEvent event) {
        alerts.record(event);
    }
}
