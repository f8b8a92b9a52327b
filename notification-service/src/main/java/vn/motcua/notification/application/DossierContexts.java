package vn.motcua.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import org.jboss.logging.Logger;
import vn.motcua.events.lifecycle.DossierReceived;
import vn.motcua.events.lifecycle.DossierRescheduled;
import vn.motcua.notification.domain.DossierContext;
import vn.motcua.notification.persistence.DossierContextRepository;

/**
 * Keeps each dossier's notice context and issues the apology when a dossier is rescheduled, by an officer or
 * automatically (not for a reschedule a migrated dossier's imported history replays).
 */
@ApplicationScoped
public class DossierContexts {
    private static final Logger LOG = Logger.getLogger(DossierContexts.class);

    private final DossierContextRepository contexts;
    private final NoticeIssuer issuer;
    private final NoticeDrafts drafts;
    private final DeadlineNotices deadlines;
    private final Clock clock;

    public DossierContexts(DossierContextRepository contexts, NoticeIssuer issuer, NoticeDrafts drafts,
            DeadlineNotices deadlines, Clock clock) {
        this.contexts = contexts;
        this.issuer = issuer;
        this.drafts = drafts;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** Stores the context, then gives it the deadline events that arrived before it. */
    public void received(DossierReceived e) {
        deadlines.lockDossier(e.dossierCode());
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
        c.lookupPin = e.lookupPin();
        c.updatedAt = clock.instant();
        if (isNew) {
            contexts.persist(c);
        }
        deadlines.replayParked(c);
    }

    /** The unit and officer now holding the dossier (alerts go to them). */
    public void holder(String dossierCode, String unitCode, String officer) {
        contexts.findByIdOptional(dossierCode).ifPresent(c -> {
            c.holdingUnitCode = unitCode;
            c.holdingOfficer = officer;
            c.updatedAt = clock.instant();
        });
    }

    /**
     * The one new appointment (Decree 61/2018/NĐ-CP art. 12: set once): its apology letter, unless the dossier was
     * re-appointed already (a redelivery, or an automatic re-appointment reconciling one that had its letter).
     */
    public void rescheduled(DossierRescheduled e) {
        DossierContext c = contexts.findById(e.dossierCode());
        if (c == null) {
            LOG.warnf("rescheduled dossier %s was never received here: no apology can be addressed", e.dossierCode());
            return;
        }
        if (c.rescheduled) {
            LOG.infof("%s was re-appointed already (new appointment %s): no second apology", e.dossierCode(), c.newDueAt);
            return;
        }
        c.rescheduled = true;
        c.newDueAt = e.newDueAt();
        c.updatedAt = clock.instant();
        if (c.isHistory(e.occurredAt())) {
            LOG.debugf("%s: reschedule of %s is imported history, no apology now", e.dossierCode(), e.occurredAt());
        } else if (!c.ended) {
            issuer.issue(drafts.apology(c, e));
        }
    }

    /** Processing ended (done, returned, refused, withdrawn, stopped): no notice from now on. */
    public void ended(String dossierCode) {
        contexts.findByIdOptional(dossierCode).ifPresent(c -> {
            c.ended = true;
            c.lookupPin = null; // no letter is written from now on: the secret is not kept longer than needed
            c.updatedAt = clock.instant();
        });
    }

    private static String path(List<String> path, String code) {
        return path.isEmpty() ? code : String.join(",", path);
    }
}
