package vn.motcua.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import org.jboss.logging.Logger;
import vn.motcua.events.lifecycle.DossierReceived;
import vn.motcua.events.lifecycle.DossierRescheduled;
import vn.motcua.events.lifecycle.ResultReturned;
import vn.motcua.notification.domain.DossierContext;
import vn.motcua.notification.persistence.DossierContextRepository;

/**
 * Keeps each dossier's notice context and issues the apology when a dossier is rescheduled, by an officer or
 * automatically, and the result notice when its result is returned (not for a migrated dossier's imported history).
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

    /**
     * The result was returned: the result notice inviting the citizen to rate the service (once per dossier, the notice
     * key makes a redelivery a no-op; none for a migrated dossier's imported history), then no notice from now on.
     */
    public void returned(ResultReturned e) {
        DossierContext c = contexts.findById(e.dossierCode());
        if (c == null) {
            LOG.warnf("returned dossier %s was never received here: no result notice can be addressed", e.dossierCode());
            return;
        }
        if (c.isHistory(e.occurredAt())) {
            LOG.debugf("%s: return of %s is imported history, no result notice now", e.dossierCode(), e.occurredAt());
        } else {
            issuer.issue(drafts.result(c, e));
        }
        ended(e.dossierCode());
    }

    /**
     * Processing done (status 9): no deadline notice from now on; the lookup PIN is kept for the result notice, which
     * reminds it (the rating asks for it).
     */
    public void completed(String dossierCode) {
        contexts.findByIdOptional(dossierCode).ifPresent(c -> {
            c.ended = true;
            c.updatedAt = clock.instant();
        });
    }

    /** Processing ended (returned, refused, withdrawn, stopped): no notice from now on. */
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
