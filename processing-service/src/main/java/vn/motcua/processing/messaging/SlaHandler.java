package vn.motcua.processing.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.events.sla.DossierSlaEvent;
import vn.motcua.processing.application.SlaAlerts;
import vn.motcua.support.messaging.TopicHandlers;

/** dossier.sla.v1: deadline approaching or missed, kept per episode for the officers' view. */
@ApplicationScoped
public class SlaHandler extends TopicHandlers.Sla {
    private final SlaAlerts alerts;

    public SlaHandler(SlaAlerts alerts) {
        this.alerts = alerts;
    }

    /** Both members of the family are kept alike: {@code DeadlineAlert.from} tells them apart. */
    @Override
    public void handle(DossierSlaEvent event) {
        alerts.record(event);
    }
}
