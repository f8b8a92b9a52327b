package vn.motcua.processing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.motcua.calendar.BusinessCalendar;
import vn.motcua.events.Channel;
import vn.motcua.events.Contact;
import vn.motcua.events.DossierStatus;
import vn.motcua.events.FeeChannel;
import vn.motcua.events.PlannedStep;
import vn.motcua.events.SupplementPolicy;
import vn.motcua.events.lifecycle.DossierReceived;
import vn.motcua.support.calendar.Appointments;

/**
 * A dossier being processed: what receipt told us plus its current status, holder and appointments.
 * {@link #version} makes two officers acting at once conflict instead of corrupting the history.
 * Applicant phone/email are personal data: never log them unmasked.
 */
@Entity
@Table(name = "dossier")
public class Dossier {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Version
    public long version;
    public String code;
    @Enumerated(EnumType.STRING)
    public DossierStatus status;

    public String procedureCode;
    public int procedureVersion;
    public String procedureName;
    public String fieldCode;
    public String fieldName;
    public String decidingAgencyCode;
    public String decidingAgencyName;
    /** Root..agency codes, stored as {@link AgencyPath#join}. */
    public String decidingAgencyPath;
    public String receivingAgencyCode;
    public String receivingAgencyName;
    public String receivingAgencyPath;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    public String supplementPolicy;
    public String calendarId;

    public Instant receivedAt;
    public Instant enteredAt;
    /** The appointment on the receipt; never overwritten (a re-appointment is a new fact). */
    public Instant originalDueAt;
    /** The appointment in force: the receipt's moved by pauses ({@link Appointments}), then the one new one. */
    public Instant currentDueAt;
    /** The receipt's appointment moved by the pauses so far: what statistics compare the end with. */
    public Instant scoringDueAt;
    /** When the running pause (5, 6) began; null while the clock runs. */
    public Instant pausedSince;
    /** The procedure's legal time, for a supplement under the RESTART policy; null for dossiers before V4. */
    public Integer processingAmount;
    public String processingUnit;
    /** The one new appointment was set (Decree 61/2018/NĐ-CP art. 12: once), by an officer or automatically. */
    public boolean rescheduled;
    public String rescheduleReason;
    public String rescheduleSignerTitle;
    /** Set by processing itself when the first appointment passed with none (actor {@code system}). */
    public boolean rescheduleAutomatic;
    /** Recorded after the last moment an apology was in time; null for a reschedule not judged yet. */
    public Boolean rescheduleLate;
    /** When the new appointment was recorded (lateness is judged on it, not on a backdated occurredAt). */
    public Instant rescheduledAt;

    public String applicantName;
    public String applicantPhone;
    public String applicantEmail;
    public String recipientName;
    public String recipientPhone;
    public String recipientChannel;
    /** {@link LookupPin#hash} of the PIN on the receipt slip; null for dossiers received before it (phone ending). */
    public String lookupPinHash;

    /** The procedure's step plan from the receipt (empty when it had none): the default step deadlines. */
    @Convert(converter = PlannedStepsConverter.class)
    @Column(name = "step_plan", nullable = false)
    public List<PlannedStep> stepPlan = List.of();

    public int stepCount;
    public String currentUnitCode;
    public String currentOfficer;
    public String currentStepName;
    public Instant currentStepSince;
    public Instant currentStepDueAt;

    public int supplementRequests;
    public String resultReference;
    /** Decision 766's digitisation of the result, as the completing officer stated it; null when not stated. */
    public Boolean resultDigitised;
    public Boolean resultReusedFromPortal;
    /** The latest fee payment's amount (đồng), channel and time, when the officer stated them. */
    public Long feeAmount;
    @Enumerated(EnumType.STRING)
    public FeeChannel feeChannel;
    public Instant feePaidAt;
    @Enumerated(EnumType.STRING)
    public Channel returnChannel;
    /** Business time of the latest event: a late-recorded action may not go back before it. */
    public Instant lastEventAt;
    public int historyCount;
    @Column(updatable = false)
    public Instant createdAt;

    /** The case a receipt opens: status 2, the facts the receipt carries, its one history line counted. */
    public static Dossier openFrom(DossierReceived e, Instant now) {
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
        d.decidingAgencyPath = AgencyPath.of(e.decidingAgency());
        d.receivingAgencyPath = AgencyPath.join(List.of());
        if (e.receivingAgency() != null) {
            d.receivingAgencyCode = e.receivingAgency().code();
            d.receivingAgencyName = e.receivingAgency().name();
            d.receivingAgencyPath = AgencyPath.of(e.receivingAgency());
        }
        d.channel = e.channel();
        d.supplementPolicy = e.supplementPolicy() == null ? null : e.supplementPolicy().name();
        d.calendarId = e.calendarId();
        d.receivedAt = e.receivedAt();
        d.enteredAt = e.enteredAt();
        d.originalDueAt = e.dueAt();
        d.currentDueAt = e.dueAt();
        d.scoringDueAt = e.dueAt();
        if (e.processingTime() != null) {
            d.processingAmount = e.processingTime().amount();
            d.processingUnit = e.processingTime().unit().name();
        }
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
        d.stepPlan = e.steps();
        d.lookupPinHash = e.lookupPin() == null ? null : LookupPin.hash(d.code, e.lookupPin());
        d.lastEventAt = e.receivedAt();
        d.historyCount = 1;
        d.createdAt = now;
        return d;
    }

    /**
     * The clock after a move from {@code from} to the current status at {@code at}: a pause starts on entering 5 or 6;
     * leaving it for a running status moves the appointments as sla-service does (PAUSE and fees: by the working time
     * paused; a supplement under RESTART: the legal time again from {@code at}); an end during a pause moves nothing.
     */
    void moveClock(DossierStatus from, Instant at, BusinessCalendar calendar) {
        if (!from.isPaused() && status.isPaused()) {
            pausedSince = at;
        } else if (from.isPaused() && !status.isPaused()) {
            if (!status.endsProcessing() && pausedSince != null) {
                boolean restart = from == DossierStatus.SUPPLEMENT_REQUESTED
                        && SupplementPolicy.RESTART.name().equals(supplementPolicy);
                Appointments.AfterPause moved = Appointments.afterPause(scoringDueAt, currentDueAt, !rescheduled,
                        pausedSince, at, restart, processingAmount, processingUnit, calendar);
                scoringDueAt = moved.scoringDueAt();
                currentDueAt = moved.currentDueAt();
            }
            pausedSince = null;
        }
    }

    /**
     * The planned step named {@code stepName} (case and spacing aside), for its default deadline; empty when the plan
     * has no such step.
     */
    public Optional<PlannedStep> plannedStep(String stepName) {
        String wanted = normalised(stepName);
        return stepPlan.stream().filter(s -> normalised(s.name()).equals(wanted)).findFirst();
    }

    private static String normalised(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    /** What may be done now: the lifecycle's actions, without reschedule once the one new appointment is set. */
    public Set<Action> allowedActions() {
        Set<Action> allowed = Lifecycle.allowed(status);
        if (rescheduled) {
            allowed.remove(Action.RESCHEDULE);
        }
        return allowed;
    }

    public List<String> decidingPath() {
        return AgencyPath.split(decidingAgencyPath);
    }

    public List<String> receivingPath() {
        return AgencyPath.split(receivingAgencyPath);
    }

    /**
     * Whether a citizen's lookup opens this dossier: its slip's PIN when it has one (the phone ending alone no longer
     * does: 10^4 values, and phones are known to many), else, for a dossier received before PINs, the phone ending.
     */
    public boolean opensWith(String pin, String phoneLast4) {
        return lookupPinHash != null ? LookupPin.matches(lookupPinHash, code, pin) : phoneEndsWith(phoneLast4);
    }

    /** True when {@code phoneLast4} ends the applicant's or the authorised person's phone. */
    public boolean phoneEndsWith(String phoneLast4) {
        return endsWith(applicantPhone, phoneLast4) || endsWith(recipientPhone, phoneLast4);
    }

    private static boolean endsWith(String phone, String last4) {
        if (phone == null || last4 == null || last4.length() != 4) {
            return false;
        }
        String digits = phone.replaceAll("\\D", "");
        return digits.length() >= 4 && digits.endsWith(last4);
    }
}
