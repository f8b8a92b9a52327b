package vn.motcua.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import vn.motcua.events.Contact;

/**
 * What a notice needs to know about a dossier, kept from the lifecycle events so that no other
 * service is called: procedure, deciding agency, dates, contacts (personal data), current holder.
 */
@Entity
@Table(name = "dossier_context")
public class DossierContext {
    @Id
    @Column(name = "dossier_code")
    public String dossierCode;
    @Column(name = "procedure_code")
    public String procedureCode;
    @Column(name = "procedure_name")
    public String procedureName;
    @Column(name = "deciding_agency_code")
    public String decidingAgencyCode;
    @Column(name = "deciding_agency_name")
    public String decidingAgencyName;
    /** Codes from the root agency down to the deciding agency, comma-separated. */
    @Column(name = "deciding_agency_path")
    public String decidingAgencyPath;
    @Column(name = "receiving_agency_code")
    public String receivingAgencyCode;
    @Column(name = "receiving_agency_path")
    public String receivingAgencyPath;
    @Column(name = "received_at")
    public Instant receivedAt;
    /** The original appointment (never overwritten). */
    @Column(name = "due_at")
    public Instant dueAt;
    @Column(name = "calendar_id")
    public String calendarId;
    @Convert(converter = ContactJson.class)
    @Column(name = "applicant_json")
    public Contact applicant;
    @Convert(converter = ContactJson.class)
    @Column(name = "authorised_json")
    public Contact authorisedPerson;
    @Column(name = "holding_unit_code")
    public String holdingUnitCode;
    @Column(name = "holding_officer")
    public String holdingOfficer;
    /** Imported from a previous system with its history (DossierReceived.migrated). */
    public boolean migrated;
    /** When the dossier was keyed in (for a migrated one: imported). */
    @Column(name = "entered_at")
    public Instant enteredAt;
    /** The dossier got its one new appointment (Decree 61/2018/NĐ-CP art. 12: set once). */
    public boolean rescheduled;
    /** That new appointment, as DossierRescheduled gave it. */
    @Column(name = "new_due_at")
    public Instant newDueAt;
    public boolean ended;
    /** The lookup PIN on the receipt slip (a secret: never logged, never in a view); null once processing ended. */
    @Column(name = "lookup_pin")
    public String lookupPin;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /**
     * Whether something dated {@code at} (an event, an appointment) is a migrated dossier's history, from before its
     * import: the previous system dealt with it, so it gives no notice now. Never for a live dossier.
     */
    public boolean isHistory(Instant at) {
        return migrated && enteredAt != null && at.isBefore(enteredAt);
    }

    /** Notices go to the authorised person when one was named (docs/domain.md § Apologies and the new appointment). */
    public Contact noticeRecipient() {
        return authorisedPerson != null ? authorisedPerson : applicant;
    }

    public List<String> decidingPath() {
        return Arrays.asList(decidingAgencyPath.split(","));
    }

    /** The top of the deciding agency's tree (the province or ministry), whose operator supervises it. */
    public String rootAgencyCode() {
        return decidingPath().getFirst();
    }

    /** Agencies whose staff may read this dossier's notices: the deciding and the receiving paths. */
    public String accessPath() {
        return decidingAgencyPath + "," + receivingAgencyPath;
    }
}
