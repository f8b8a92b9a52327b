package vn.motcua.processing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.motcua.events.sla.DeadlineMissed;
import vn.motcua.events.sla.DossierSlaEvent;
import vn.motcua.processing.domain.DeadlineAlert;
import vn.motcua.processing.persistence.DeadlineAlertRepository;
import vn.motcua.processing.persistence.DossierRepository;

/**
 * Remembers, per deadline episode, that the appointment is approaching or was missed, to show it to officers; a
 * first miss with no new appointment makes processing set the one new appointment itself ({@link Reappointments}).
 */
@ApplicationScoped
public class SlaAlerts {
    private final DeadlineAlertRepository alerts;
    private final Reappointments reappointments;
    private final DossierRepository dossiers;

    public SlaAlerts(DeadlineAlertRepository alerts, Reappointments reappointments, DossierRepository dossiers) {
        this.alerts = alerts;
        this.dossiers = dossiers;
        this.reappointments = reappointments;
    }

    /** Once per (dossier, episode, kind): the SLA service may report a fact again after a restart. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(DossierSlaEvent sla) {
        if (sla instanceof DeadlineMissed) {
            // the receipt's consumer looks for this alert; it must see it, or this one must see the dossier
            dossiers.lockCode(sla.dossierCode());
        }
        DeadlineAlert alert = DeadlineAlert.from(sla);
        if (!alerts.exists(alert.dossierCode, alert.episode, alert.kind)) {
            alerts.persist(alert);
        }
        if (sla instanceof DeadlineMissed missed) {
            reappointments.afterMiss(missed);
        }
    }
}
