package vn.motcua.events.lifecycle;

import java.time.Instant;
import java.util.List;
import vn.motcua.events.AgencyRef;
import vn.motcua.events.Channel;
import vn.motcua.events.Contact;
import vn.motcua.events.IndexFacts;
import vn.motcua.events.PlannedStep;
import vn.motcua.events.ProcessingTime;
import vn.motcua.events.SupplementPolicy;

/**
 * A counter accepted a dossier (status 2); the SLA clock starts. Carries everything downstream
 * services need so that none must call intake back. {@code dueAt} is the original appointment;
 * {@code enteredAt} is when it was keyed in (later than occurredAt for paper dossiers entered late).
 * {@code migrated} marks a dossier imported from a previous system with its history: appointments that had
 * already passed when it was imported (enteredAt) are history, not news — no warning, miss or notice is
 * emitted for them, but the statistics count them. Absent in older events: false.
 * {@code lookupPin} is the citizen's secret for the public lookup, printed on the receipt slip (null for dossiers
 * received before it existed and for imported ones): processing keeps only a hash of it, notification puts it in the
 * citizen's e-mail. A secret: never log it, never show it in a view (this record's toString hides it).
 * {@code steps} is the procedure version's step plan (empty when it has none, and in older events).
 * {@code indexFacts} is what Decision 766's index needs of the receipt (null in older events and imports).
 */
public record DossierReceived(
        String dossierCode,
        Instant occurredAt,
        String actor,
        Instant enteredAt,
        String procedureCode,
        int procedureVersion,
        String procedureName,
        String fieldCode,
        String fieldName,
        AgencyRef decidingAgency,
        AgencyRef receivingAgency,
        Channel channel,
        Instant dueAt,
        ProcessingTime processingTime,
        SupplementPolicy supplementPolicy,
        String calendarId,
        Contact applicant,
        Contact authorisedPerson,
        boolean migrated,
        String lookupPin,
        List<PlannedStep> steps,
        IndexFacts indexFacts) implements DossierLifecycleEvent {

    public DossierReceived {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** A receipt without the index's facts (the contract before them). */
    public DossierReceived(String dossierCode, Instant occurredAt, String actor, Instant enteredAt, String procedureCode,
            int procedureVersion, String procedureName, String fieldCode, String fieldName, AgencyRef decidingAgency,
            AgencyRef receivingAgency, Channel channel, Instant dueAt, ProcessingTime processingTime,
            SupplementPolicy supplementPolicy, String calendarId, Contact applicant, Contact authorisedPerson,
            boolean migrated, String lookupPin, List<PlannedStep> steps) {
        this(dossierCode, occurredAt, actor, enteredAt, procedureCode, procedureVersion, procedureName, fieldCode,
                fieldName, decidingAgency, receivingAgency, channel, dueAt, processingTime, supplementPolicy, calendarId,
                applicant, authorisedPerson, migrated, lookupPin, steps, null);
    }

    /** A receipt without a step plan (the contract before it: every step then defaults to the appointment). */
    public DossierReceived(String dossierCode, Instant occurredAt, String actor, Instant enteredAt, String procedureCode,
            int procedureVersion, String procedureName, String fieldCode, String fieldName, AgencyRef decidingAgency,
            AgencyRef receivingAgency, Channel channel, Instant dueAt, ProcessingTime processingTime,
            SupplementPolicy supplementPolicy, String calendarId, Contact applicant, Contact authorisedPerson,
            boolean migrated, String lookupPin) {
        this(dossierCode, occurredAt, actor, enteredAt, procedureCode, procedureVersion, procedureName, fieldCode,
                fieldName, decidingAgency, receivingAgency, channel, dueAt, processingTime, supplementPolicy, calendarId,
                applicant, authorisedPerson, migrated, lookupPin, List.of(), null);
    }

    /** A receipt without a lookup PIN (the contract before it; imports). */
    public DossierReceived(String dossierCode, Instant occurredAt, String actor, Instant enteredAt, String procedureCode,
            int procedureVersion, String procedureName, String fieldCode, String fieldName, AgencyRef decidingAgency,
            AgencyRef receivingAgency, Channel channel, Instant dueAt, ProcessingTime processingTime,
            SupplementPolicy supplementPolicy, String calendarId, Contact applicant, Contact authorisedPerson,
            boolean migrated) {
        this(dossierCode, occurredAt, actor, enteredAt, procedureCode, procedureVersion, procedureName, fieldCode,
                fieldName, decidingAgency, receivingAgency, channel, dueAt, processingTime, supplementPolicy, calendarId,
                applicant, authorisedPerson, migrated, null, List.of(), null);
    }

    /** Alias of {@link #occurredAt()}: the legal receipt time. */
    public Instant receivedAt() {
        return occurredAt;
    }

    /** Who notices go to: the authorised person when one was named (docs/domain.md § Apologies). */
    public Contact noticeRecipient() {
        return authorisedPerson != null ? authorisedPerson : applicant;
    }

    /** The same receipt with its lookup PIN, e.g. in tests. */
    public DossierReceived withLookupPin(String pin) {
        return new DossierReceived(dossierCode, occurredAt, actor, enteredAt, procedureCode, procedureVersion,
                procedureName, fieldCode, fieldName, decidingAgency, receivingAgency, channel, dueAt, processingTime,
                supplementPolicy, calendarId, applicant, authorisedPerson, migrated, pin, steps, indexFacts);
    }

    /** The same receipt with this step plan, e.g. in tests. */
    public DossierReceived withSteps(List<PlannedStep> plan) {
        return new DossierReceived(dossierCode, occurredAt, actor, enteredAt, procedureCode, procedureVersion,
                procedureName, fieldCode, fieldName, decidingAgency, receivingAgency, channel, dueAt, processingTime,
                supplementPolicy, calendarId, applicant, authorisedPerson, migrated, lookupPin, plan, indexFacts);
    }

    /** The same receipt with the index's facts, e.g. in tests. */
    public DossierReceived withIndexFacts(IndexFacts facts) {
        return new DossierReceived(dossierCode, occurredAt, actor, enteredAt, procedureCode, procedureVersion,
                procedureName, fieldCode, fieldName, decidingAgency, receivingAgency, channel, dueAt, processingTime,
                supplementPolicy, calendarId, applicant, authorisedPerson, migrated, lookupPin, steps, facts);
    }

    /** Names the dossier and when, never the PIN nor the contacts (personal data), so that no log line leaks them. */
    @Override
    public String toString() {
        return "DossierReceived[dossierCode=" + dossierCode + ", occurredAt=" + occurredAt + ", procedureCode="
                + procedureCode + ", migrated=" + migrated + ", lookupPin=" + (lookupPin == null ? "none" : "***") + "]";
    }
}
