package vn.motcua.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.jboss.logging.Logger;
import vn.motcua.events.sla.DeadlineApproaching;
import vn.motcua.events.sla.DeadlineMissed;
import vn.motcua.events.sla.DossierSlaEvent;
import vn.motcua.notification.domain.DossierContext;
import vn.motcua.notification.persistence.DossierContextRepository;
import vn.motcua.notification.persistence.ParkedSlaEvents;

/**
 * Deadline events: approaching → staff alert; missed on episode 1 → escalation (processing-service sets the one new
 * appointment and its DossierRescheduled brings the letter); missed on episode 2 → overdue notice and escalation, never
 * a third date. Nothing for a dossier whose processing ended, nor for an appointment a migrated dossier had already
 * passed when it was imported.
 */
@ApplicationScoped
public class DeadlineNotices {
    private static final Logger LOG = Logger.getLogger(DeadlineNotices.class);

    private final DossierContextRepository contexts;
    private final NoticeIssuer issuer;
    private final NoticeDrafts drafts;
    private final ParkedSlaEvents parked;
    private final Clock clock;

    public DeadlineNotices(DossierContextRepository contexts, NoticeIssuer issuer, NoticeDrafts drafts,
            ParkedSlaEvents parked, Clock clock) {
        this.contexts = contexts;
        this.issuer = issuer;
        this.drafts = drafts;
        this.parked = parked;
        this.clock = clock;
    }

    public void handle(DossierSlaEvent event) {
        parked.lockDossier(event.dossierCode());
        DossierContext c = contexts.findById(event.dossierCode());
        if (c == null) {
            // the receipt is still on its way on the lifecycle topic: keep this until it arrives
            LOG.infof("%s not received here yet: %s parked until its receipt", event.dossierCode(),
                    event.getClass().getSimpleName());
            parked.park(event, clock.instant());
            return;
        }
        apply(c, event);
    }

    /** Holds the dossier's receipt and deadline events to one transaction at a time (see ParkedSlaEvents). */
    void lockDossier(String dossierCode) {
        parked.lockDossier(dossierCode);
    }

    /** Replays the deadline events that came before the dossier's receipt, oldest first. */
    void replayParked(DossierContext c) {
        parked.takeFor(c.dossierCode).forEach(event -> apply(c, event));
    }

    private void apply(DossierContext c, DossierSlaEvent event) {
        if (c.ended) {
            LOG.debugf("%s ended processing: no notice for %s", event.dossierCode(), event.getClass().getSimpleName());
            return;
        }
        if (c.isHistory(event.dueAt())) {
            LOG.debugf("%s: appointment %s passed before the dossier was imported, no notice for %s", event.dossierCode(),
                    event.dueAt(), event.getClass().getSimpleName());
            return;
        }
        switch (event) {
            case DeadlineApproaching e -> issuer.issue(drafts.staffAlert(c, e));
            case DeadlineMissed e -> missed(c, e);
        }
    }

    private void missed(DossierContext c, DeadlineMissed e) {
        if (e.episode() > 1) {
            issuer.issue(drafts.overdue(c, e));
        }
        issuer.issue(drafts.escalation(c, e));
    }
}
