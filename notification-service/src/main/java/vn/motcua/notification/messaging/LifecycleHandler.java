package vn.motcua.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.jboss.logging.Logger;
import vn.motcua.events.EventTypes;
import vn.motcua.events.lifecycle.DossierLifecycleEvent;
import vn.motcua.events.lifecycle.DossierReceived;
import vn.motcua.events.lifecycle.DossierRefused;
import vn.motcua.events.lifecycle.DossierRescheduled;
import vn.motcua.events.lifecycle.DossierWithdrawn;
import vn.motcua.events.lifecycle.FeesPaid;
import vn.motcua.events.lifecycle.FeesRequested;
import vn.motcua.events.lifecycle.ProcessingCompleted;
import vn.motcua.events.lifecycle.ProcessingStarted;
import vn.motcua.events.lifecycle.ProcessingStopped;
import vn.motcua.events.lifecycle.ResultReturned;
import vn.motcua.events.lifecycle.StepAssigned;
import vn.motcua.events.lifecycle.SupplementReceived;
import vn.motcua.events.lifecycle.SupplementRequested;
import vn.motcua.notification.config.NotificationConfig;
import vn.motcua.notification.domain.DossierContext;
import vn.motcua.notification.persistence.DossierContextRepository;
import vn.motcua.notification.persistence.ParkedSlaEvents;
import vn.motcua.support.messaging.EventHandler;
import vn.motcua.support.messaging.IncomingEvent;

/**
 * Keeps each dossier's notice context and issues the apology when a dossier is rescheduled (not for a reschedule a
 * migrated dossier's imported history replays).
 */
@ApplicationScoped
public class LifecycleHandler implements EventHandler {
    private static final Logger LOG = Logger.getLogger(LifecycleHandler.class);

    private final NotificationConfig config;
    private final DossierContextRepository contexts;
    private final NoticeIssuer issuer;
    private final NoticeDrafts drafts;
    private final Clock clock;
    private final ParkedSlaEvents parked;
    private final SlaHandler sla;

    public LifecycleHandler(NotificationConfig config, DossierContextRepository contexts, NoticeIssuer issuer,
            NoticeDrafts drafts, Clock clock, ParkedSlaEvents parked, SlaHandler sla) {
        this.config = config;
        this.contexts = contexts;
        this.issuer = issuer;
        this.drafts = drafts;
        this.clock = clock;
        this.parked = parked;
        this.sla = sla;
    }

    @Override
    public String topic() {
        return config.topics().lifecycle();
    }

    @Override
    public void handle(IncomingEvent incoming) {
        if (EventTypes.classOf(incoming.type()).filter(DossierLifecycleEvent.class::isAssignableFrom).isEmpty()) {
            return;
        }
        switch ((DossierLifecycleEvent) incoming.payload()) {
            case DossierReceived e -> received(e);
            case ProcessingStarted e -> holder(e.dossierCode(), e.toUnitCode(), e.toOfficer());
            case StepAssigned e -> holder(e.dossierCode(), e.toUnitCode(), e.toOfficer());
            case DossierRescheduled e -> rescheduled(e);
            case ProcessingCompleted e -> ended(e);
            case ResultReturned e -> ended(e);
            case DossierRefused e -> ended(e);
            case DossierWithdrawn e -> ended(e);
            case ProcessingStopped e -> ended(e);
            case SupplementRequested e -> { }
            case SupplementReceived e -> { }
            case FeesRequested e -> { }
            case FeesPaid e -> { }
        }
    }

    private void received(DossierReceived e) {
        DossierContext c = contexts.findByIdOptional(e.dossierCode()).orElseGet(DossierContext::new);
        boolean isNew = c.dossierCode == null;
        c.dossierCode = e.dossierCode();
        c.procedureCode = e.procedureCode();
        c.procedureName = e.procedureName() == null ? e.procedureCode() : e.procedureName();
        c.decidingAgencyCode = e.decidingAgency().code();
        c.decidingAgencyName = e.decidingAgency().name() == null ? e.decidingAgency().code() : e.decidingAgency().name();
        c.decidingAgencyPath = path(e.decidingAgency().path(), e.decidingAgency().code());
        c.receivingAgencyCode = e.receivingAgency().code();
        c.receivingAgencyPath = path(e.receivingAgency().path(), e.receivingAgency().code());
        c.receivedAt = e.receivedAt();
        c.dueAt = e.dueAt();
        c.calendarId = e.calendarId();
        c.migrated = e.migrated();
        c.enteredAt = e.enteredAt();
        c.applicant = e.applicant();
        c.authorisedPerson = e.authorisedPerson();
        c.updatedAt = clock.instant();
        if (isNew) {
            contexts.persist(c);
        }
        parked.takeFor(e.dossierCode()).forEach(event -> sla.apply(c, event));
    }

    private void holder(String dossierCode, String unitCode, String officer) {
        contexts.findByIdOptional(dossierCode).ifPresent(c -> {
            c.holdingUnitCode = unitCode;
            c.holdingOfficer = officer;
            c.updatedAt = clock.instant();
        });
    }

    private void rescheduled(DossierRescheduled e) {
        DossierContext c = contexts.findById(e.dossierCode());
        if (c == null) {
            LOG.warnf("rescheduled dossier %s was never received here: no apology can be addressed", e.dossierCode());
            return;
        }
        c.rescheduled = true;
        c.updatedAt = clock.instant();
        if (c.isHistory(e.occurredAt())) {
            LOG.debugf("%s: reschedule of %s is imported history, no apology now", e.dossierCode(), e.occurredAt());
        } else if (!c.ended) {
            issuer.issue(drafts.apology(c, e));
        }
    }

    private void ended(DossierLifecycleEvent e) {
        contexts.findByIdOptional(e.dossierCode()).ifPresent(c -> {
            c.ended = true;
            c.updatedAt = clock.instant();
        });
    }

    private static String path(java.util.List<String> path, String code) {
        return path.isEmpty() ? code : String.join(",", path);
    }
}
