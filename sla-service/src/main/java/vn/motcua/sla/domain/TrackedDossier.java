package vn.motcua.sla.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import vn.motcua.calendar.BusinessCalendar;
import vn.motcua.events.Channel;
import vn.motcua.events.DossierStatus;
import vn.motcua.events.SupplementPolicy;
import vn.motcua.events.lifecycle.DossierReceived;
import vn.motcua.support.calendar.Appointments;

/**
 * What sla-service knows about one dossier's deadline: its three appointments (original, scoring, current),
 * pauses, episode, holder and processing end. The rules that move the appointments live here.
 */
@Entity
@Table(name = "tracked_dossier")
public class TrackedDossier {
    @Id
    public String code;
    @Column(name = "procedure_code", nullable = false)
    public String procedureCode;
    @Column(name = "procedure_version", nullable = false)
    public int procedureVersion;
    @Column(name = "procedure_name", nullable = false)
    public String procedureName;
    @Column(name = "field_code")
    public String fieldCode;
    @Column(name = "field_name")
    public String fieldName;
    @Column(name = "deciding_agency_code", nullable = false)
    public String decidingAgencyCode;
    @Column(name = "deciding_agency_level")
    public String decidingAgencyLevel;
    @Column(name = "receiving_agency_code", nullable = false)
    public String receivingAgencyCode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;
    @Column(name = "calendar_id")
    public String calendarId;
    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
    @Column(name = "processing_amount")
    public Integer processingAmount;
    @Column(name = "processing_unit")
    public String processingUnit;
    @Enumerated(EnumType.STRING)
    @Column(name = "supplement_policy", nullable = false)
    public SupplementPolicy supplementPolicy;
    @Column(name = "original_due_at")
    public Instant originalDueAt;
    @Column(name = "scoring_due_at")
    public Instant scoringDueAt;
    @Column(name = "current_due_at")
    public Instant currentDueAt;
    @Column(nullable = false)
    public int episode;
    @Column(name = "rescheduled_at")
    public Instant rescheduledAt;
    /** How the dossier was apologised for: set by its one reschedule (officer in time or late, or automatic). */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Apology apology = Apology.NONE;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DossierStatus status;
    @Column(name = "paused_since")
    public Instant pausedSince;
    @Enumerated(EnumType.STRING)
    @Column(name = "pause_kind")
    public PauseKind pauseKind;
    @Column(name = "paused_seconds", nullable = false)
    public long pausedSeconds;
    @Column(name = "pause_count", nullable = false)
    public int pauseCount;
    @Column(name = "supplement_requests", nullable = false)
    public int supplementRequests;
    @Column(name = "holding_unit_code")
    public String holdingUnitCode;
    @Column(name = "holding_officer")
    public String holdingOfficer;
    @Column(name = "step_name")
    public String stepName;
    @Column(name = "step_due_at")
    public Instant stepDueAt;
    @Column(name = "ended_at")
    public Instant endedAt;
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    @Column(name = "next_check_at")
    public Instant nextCheckAt;
    @Enumerated(EnumType.STRING)
    public StockState stock;
    @Column(name = "stock_since")
    public Instant stockSince;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    /** When a dossier migrated from a previous system was imported; null for dossiers received live. */
    @Column(name = "migrated_at")
    public Instant migratedAt;

    public static TrackedDossier received(DossierReceived e, Instant now, StatsLedger ledger) {
        TrackedDossier d = new TrackedDossier();
        d.code = e.dossierCode();
        d.procedureCode = e.procedureCode();
        d.procedureVersion = e.procedureVersion();
        d.procedureName = e.procedureName();
        d.fieldCode = e.fieldCode();
        d.fieldName = e.fieldName();
        d.decidingAgencyCode = e.decidingAgency().code();
        d.decidingAgencyLevel = e.decidingAgency().level() == null ? null : e.decidingAgency().level().name();
        d.receivingAgencyCode = e.receivingAgency().code();
        d.channel = e.channel();
        d.calendarId = e.calendarId();
        d.receivedAt = e.receivedAt();
        if (e.processingTime() != null) {
            d.processingAmount = e.processingTime().amount();
            d.processingUnit = e.processingTime().unit().name();
        }
        d.supplementPolicy = e.supplementPolicy() == null ? SupplementPolicy.PAUSE : e.supplementPolicy();
        d.originalDueAt = e.dueAt();
        d.scoringDueAt = e.dueAt();
        d.currentDueAt = e.dueAt();
        d.episode = 1;
        d.status = DossierStatus.RECEIVED;
        d.updatedAt = now;
        if (e.migrated()) {
            d.migratedAt = e.enteredAt() != null ? e.enteredAt() : now;
        }
        d.stock = StockState.IN_TIME;
        d.stockSince = e.receivedAt();
        ledger.record(d, e.receivedAt(), StatsDeltaValues.received(d.channel));
        d.advance(e.receivedAt(), ledger);
        return d;
    }

    public boolean isOpen() {
        return endedAt == null;
    }

    public boolean isPaused() {
        return pausedSince != null;
    }

    /**
     * A migrated dossier's appointment that had already passed when it was imported: history, not news (no warning,
     * no miss is announced for it; the statistics count it all the same).
     */
    public boolean appointmentIsHistory() {
        return migratedAt != null && currentDueAt != null && !currentDueAt.isAfter(migratedAt);
    }

    public boolean hasDeadline() {
        return currentDueAt != null;
    }

    /** Starts a pause unless one is running already (a fee request during a supplement wait changes nothing). */
    public boolean pause(PauseKind kind, Instant at, StatsLedger ledger) {
        if (!isOpen() || isPaused()) {
            return false;
        }
        advance(at, ledger);
        moveStock(StockState.PAUSED, at, ledger);
        pausedSince = at;
        pauseKind = kind;
        pauseCount++;
        if (kind == PauseKind.SUPPLEMENT) {
            supplementRequests++;
        }
        return true;
    }

    /**
     * Ends the running pause at {@code at}, which held {@code working} of working time ({@link DeadlineCase} counts
     * it), and moves the appointments: PAUSE (and every fee wait) extends them by that time; RESTART recomputes the
     * scoring appointment from {@code at} with the full processing time. In episode 2 the agreed new appointment is
     * extended by the pause, but never ends before the scoring one.
     */
    void resume(Instant at, Duration working, BusinessCalendar calendar, StatsLedger ledger) {
        boolean restart = pauseKind == PauseKind.SUPPLEMENT && supplementPolicy == SupplementPolicy.RESTART;
        Appointments.AfterPause moved = Appointments.afterPause(scoringDueAt, currentDueAt, episode == 1, pausedSince,
                at, restart, processingAmount, processingUnit, calendar);
        scoringDueAt = moved.scoringDueAt();
        currentDueAt = moved.currentDueAt();
        pausedSeconds += working.toSeconds();
        pausedSince = null;
        pauseKind = null;
        moveStock(StockState.IN_TIME, at, ledger);
        advance(at, ledger);
    }

    /**
     * Opens episode 2: the one allowed new appointment, an officer's or processing's automatic one alike (the apology
     * request); {@code how} is counted when the dossier is resolved late. The original appointment stays.
     */
    public boolean reschedule(Instant at, Instant newDueAt, Apology how, StatsLedger ledger) {
        if (!isOpen() || rescheduledAt != null) {
            return false;
        }
        advance(at, ledger);
        rescheduledAt = at;
        apology = how;
        episode = 2;
        currentDueAt = newDueAt;
        // an overdue dossier stays overdue: the new appointment is an apology, not more time (it still counts late)
        advance(at, ledger);
        return true;
    }

    /** Records the processing end (the first ending event wins) and scores it. */
    public boolean end(Instant at, DossierStatus endStatus, StatsLedger ledger) {
        status = endStatus;
        if (!isOpen()) {
            return false;
        }
        advance(at, ledger);
        endedAt = at;
        pausedSince = null;
        pauseKind = null;
        nextCheckAt = null;
        outcome = Outcome.of(at, scoringDueAt, endStatus == DossierStatus.WITHDRAWN, rescheduledAt != null,
                supplementRequests);
        ledger.record(this, at, StatsDeltaValues.resolved(outcome, stock, apology));
        stock = null;
        stockSince = at;
        return true;
    }

    /**
     * Brings the stock up to instant {@code t}: a dossier within its deadline becomes overdue at its current
     * appointment once that has passed. An overdue transition dated after {@code t} (the scanner saw the appointment
     * pass before a backdated event of an earlier instant arrived) is undone first, on the day it was counted.
     */
    public void advance(Instant t, StatsLedger ledger) {
        if (stock == StockState.OVERDUE && stockSince != null && stockSince.isAfter(t)) {
            moveStock(StockState.IN_TIME, stockSince, ledger);
        }
        // overdue against the receipt's appointment as pauses moved it, the one the outcome is scored on: a dossier
        // past it is overdue whatever new appointment its apology named (docs/domain.md § Statistics)
        if (stock == StockState.IN_TIME && scoringDueAt != null && !scoringDueAt.isAfter(t)) {
            moveStock(StockState.OVERDUE, stockSince != null && stockSince.isAfter(scoringDueAt)
                    ? stockSince : scoringDueAt, ledger);
        }
    }

    private void moveStock(StockState to, Instant at, StatsLedger ledger) {
        if (stock != to && stock != null) {
            ledger.record(this, at, StatsDeltaValues.move(stock, to));
            stock = to;
            stockSince = at;
        }
    }

    public void assign(String unitCode, String officer, String step, Instant stepDue) {
        holdingUnitCode = unitCode;
        holdingOfficer = officer;
        stepName = step;
        stepDueAt = stepDue;
    }
}
