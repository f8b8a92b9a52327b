package vn.motcua.processing.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.events.AgencyRef;
import vn.motcua.events.Contact;
import vn.motcua.events.DossierStatus;
import vn.motcua.events.EventTypes;
import vn.motcua.events.lifecycle.DossierReceived;

/** Opens a case from the receipt event: status 2, the SLA facts, and the first history line. */
public final class Receipt {
    private Receipt() {
    }

    public static Dossier open(DossierReceived e, Instant now) {
        Dossier d = new Dossier();
        d.code = e.dossierCode();
        d.status = DossierStatus.RECEIVED;
        d.procedureCode = e.procedureCode();
        d.procedureVersion = e.procedureVersion();
        d.procedureName = e.procedureName();
        d.fieldCode = e.fieldCode();
        d.fieldName = e.fieldName();
        d.decidingAgencyCode = e.decidingAgency().code();
        d.decidingAgencyName = e.decidingAgency().name();
        d.decidingAgencyPath = pathOf(e.decidingAgency());
        d.receivingAgencyPath = AgencyPath.join(List.of());
        if (e.receivingAgency() != null) {
            d.receivingAgencyCode = e.receivingAgency().code();
            d.receivingAgencyName = e.receivingAgency().name();
            d.receivingAgencyPath = pathOf(e.receivingAgency());
        }
        d.channel = e.channel();
        d.supplementPolicy = e.supplementPolicy() == null ? null : e.supplementPolicy().name();
        d.calendarId = e.calendarId();
        d.receivedAt = e.receivedAt();
        d.enteredAt = e.enteredAt();
        d.originalDueAt = e.dueAt();
        d.currentDueAt = e.dueAt();
        Contact applicant = e.applicant();
        if (applicant != null) {
            d.applicantName = applicant.fullName();
            d.applicantPhone = applicant.phone();
            d.applicantEmail = applicant.email();
        }
        Contact recipient = e.noticeRecipient();
        if (recipient != null) {
            d.recipientName = recipient.fullName();
            d.recipientPhone = recipient.phone();
            d.recipientChannel = recipient.preferredChannel() == null ? null : recipient.preferredChannel().name();
        }
        d.lastEventAt = e.receivedAt();
        d.historyCount = 1;
        d.createdAt = now;
        return d;
    }

    /** The path with the agency itself at its end, even if a producer left it out. */
    private static String pathOf(AgencyRef agency) {
        List<String> path = new ArrayList<>(agency.path());
        if (!path.contains(agency.code())) {
            path.add(agency.code());
        }
        return AgencyPath.join(path);
    }

    /** The history line of the receipt, for the dossier once it has an id. */
    public static HistoryEntry historyOf(Dossier d, DossierReceived e, Instant now) {
        HistoryEntry h = new HistoryEntry();
        h.dossierId = d.id;
        h.seq = 1;
        h.action = HistoryEntry.RECEIVE;
        h.eventType = EventTypes.typeOf(DossierReceived.class);
        h.toStatus = DossierStatus.RECEIVED;
        h.occurredAt = e.receivedAt();
        h.recordedAt = e.enteredAt() == null ? now : e.enteredAt();
        h.recordedBy = e.actor();
        h.note = e.procedureCode() + " " + e.procedureName();
        return h;
    }
}
