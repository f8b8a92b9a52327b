package vn.motcua.processing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.motcua.events.sla.DossierSlaEvent;
import vn.motcua.processing.domain.DeadlineAlert;
import vn.motcua.processing.persistence.DeadlineAlertRepository;

/** Remembers, per deadline episode, that the appointment is approaching or was missed, to show it to officers. */
@ApplicationScoped
public class SlaAlerts {
    private final DeadlineAlertRepository alerts;

    public SlaAlerts(DeadlineAlertRepository alerts) {
        this.alerts = alerts;
    }

    /** Once per (dossier, episode, kind): the SLA service may report a fact again after a restart. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(DossierSlaEvent sla) {
        DeadlineAlert alert = DeadlineAlert.from(sla);
        if (!alerts.exists(alert.dossierCode, alert.episode, alert.kind)) {
            alerts.persist(alert);
        }
    }
}
