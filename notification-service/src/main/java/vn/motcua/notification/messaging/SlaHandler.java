package vn.motcua.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.jboss.logging.Logger;
import vn.motcua.events.EventTypes;
import vn.motcua.events.sla.DeadlineApproaching;
import vn.motcua.events.sla.DeadlineMissed;
import vn.motcua.events.sla.DossierSlaEvent;
import vn.motcua.notification.config.NotificationConfig;
import vn.motcua.notification.domain.DossierContext;
import vn.motcua.notification.persistence.DossierContextRepository;
import vn.motcua.support.messaging.EventHandler;
import vn.motcua.support.messaging.IncomingEvent;

/**
 * Deadline events: approaching → staff alert; missed on episode 1 without a reschedule → automatic
 * apology and escalation; missed on episode 2 → overdue notice and escalation. Nothing for a
 * dossier whose processing ended.
 */
@ApplicationScoped
public class SlaHandler implements EventHandler {
    private static final Logger LOG = Logger.getLogger(SlaHandler.class);

    private final NotificationConfig config;
    private final DossierContextRepository contexts;
    private final NoticeIssuer issuer;
    private final NoticeDrafts drafts;

    public SlaHandler(NotificationConfig config, DossierContextRepository contexts, NoticeIssuer issuer, NoticeDrafts drafts) {
        this.config = config;
        this.contexts = contexts;
        this.issuer = issuer;
        this.drafts = drafts;
    }

    @Override
    public String topic() {
        return config.topics().sla();
    }

    @Override
    public void handle(IncomingEvent incoming) {
        if (EventTypes.classOf(incoming.type()).filter(DossierSlaEvent.class::isAssignableFrom).isEmpty()) {
            return;
        }
        DossierSlaEvent event = (DossierSlaEvent) incoming.payload();
        DossierContext c = contexts.findById(event.dossierCode());
        if (c != null && c.ended) {
            LOG.debugf("%s ended processing: no notice for %s", event.dossierCode(), incoming.type());
            return;
        }
        switch (event) {
            case DeadlineApproaching e -> issuer.issue(drafts.staffAlert(c, e));
            case DeadlineMissed e -> missed(c, e);
        }
    }

    private void missed(DossierContext c, DeadlineMissed e) {
        if (c == null) {
            LOG.warnf("%s missed episode %d but was never received here: escalation only", e.dossierCode(), e.episode());
            issuer.issue(drafts.escalation(null, e, null));
            return;
        }
        if (e.episode() > 1) {
            issuer.issue(drafts.overdue(c, e));
            issuer.issue(drafts.escalation(c, e, null));
        } else if (c.rescheduled) {
            issuer.issue(drafts.escalation(c, e, null));
        } else {
            Instant newDueAt = drafts.autoNewDueAt(c, e);
            issuer.issue(drafts.autoApology(c, e));
            issuer.issue(drafts.escalation(c, e, newDueAt));
        }
    }
}
