package vn.motcua.processing.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.events.EventTypes;
import vn.motcua.events.sla.DeadlineApproaching;
import vn.motcua.events.sla.DeadlineMissed;
import vn.motcua.events.sla.DossierSlaEvent;
import vn.motcua.processing.config.ProcessingConfig;
import vn.motcua.processing.domain.DeadlineAlert;
import vn.motcua.processing.persistence.DeadlineAlertRepository;
import vn.motcua.support.messaging.EventHandler;
import vn.motcua.support.messaging.IncomingEvent;

/** Remembers, per deadline episode, that the appointment is approaching or was missed, to show it to officers. */
@ApplicationScoped
public class SlaEventHandler implements EventHandler {
    private final ProcessingConfig config;
    private final DeadlineAlertRepository alerts;

    public SlaEventHandler(ProcessingConfig config, DeadlineAlertRepository alerts) {
        this.config = config;
        this.alerts = alerts;
    }

    @Override
    public String topic() {
        return config.topics().sla();
    }

    @Override
    public void handle(IncomingEvent event) {
        if (EventTypes.classOf(event.type()).filter(DossierSlaEvent.class::isAssignableFrom).isEmpty()) {
            return;
        }
        DossierSlaEvent sla = (DossierSlaEvent) event.payload();
        DeadlineAlert alert = new DeadlineAlert();
        alert.dossierCode = sla.dossierCode();
        alert.episode = sla.episode();
        alert.occurredAt = sla.occurredAt();
        switch (sla) {
            case DeadlineApproaching a -> {
                alert.kind = DeadlineAlert.APPROACHING;
                alert.dueAt = a.dueAt();
            }
            case DeadlineMissed m -> {
                alert.kind = DeadlineAlert.MISSED;
                alert.dueAt = m.dueAt();
            }
        }
        if (!alerts.exists(alert.dossierCode, alert.episode, alert.kind)) {
            alerts.persist(alert);
        }
    }
}
