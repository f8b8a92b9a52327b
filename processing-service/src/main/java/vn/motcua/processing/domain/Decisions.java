package vn.motcua.processing.domain;

import java.time.Instant;
import java.util.List;
import vn.motcua.calendar.BusinessCalendar;
import vn.motcua.events.FeePayment;
import vn.motcua.events.lifecycle.DossierLifecycleEvent;
import vn.motcua.events.lifecycle.DossierRefused;
import vn.motcua.events.lifecycle.DossierRescheduled;
import vn.motcua.events.lifecycle.DossierWithdrawn;
import vn.motcua.events.lifecycle.FeesPaid;
import vn.motcua.events.lifecycle.FeesRequested;
import vn.motcua.events.lifecycle.ProcessingCompleted;
import vn.motcua.events.lifecycle.ProcessingStopped;
import vn.motcua.events.lifecycle.ResultReturned;
import vn.motcua.events.lifecycle.SupplementReceived;
import vn.motcua.events.lifecycle.SupplementRequested;
import vn.motcua.support.calendar.Apologies;
import vn.motcua.support.time.VnTime;

/** The rules of each command once the lifecycle allowed it: validates its input, updates the dossier, names the event. */
final class Decisions {
    static final String ONCE_RULE = "the new appointment may be set only once (Decree 61/2018/NĐ-CP, art. 12)";

    private final Dossier d;
    private final HandOver open;
    private final Audit audit;
    private final BusinessCalendar calendar;
    private final List<Warning> warnings;
    private HandOver opened;

    Decisions(Dossier dossier, HandOver open, Audit audit, BusinessCalendar calendar, List<Warning> warnings) {
        this.d = dossier;
        this.open = open;
        this.audit = audit;
        this.calendar = calendar;
        this.warnings = warnings;
    }

    HandOver opened() {
        return opened;
    }

    DossierLifecycleEvent decide(Command command) {
        String code = d.code;
        Instant at = audit.occurredAt();
        String actor = audit.actor();
        return switch (command) {
            case Command.Assign a -> {
                HandOvers handOvers = new HandOvers(d, open, audit, calendar, warnings);
                opened = handOvers.open(a);
                yield handOvers.event(a, opened);
            }
            case Command.RequestSupplement r -> {
                required("reason", r.reason());
                if (r.missingDocuments().isEmpty() || r.missingDocuments().stream().anyMatch(Decisions::blank)) {
                    throw new InvalidInput("missingDocuments", "must name at least one missing document");
                }
                d.supplementRequests++;
                if (d.supplementRequests > 1) {
                    warnings.add(new Warning(Warning.SECOND_SUPPLEMENT_REQUEST, "this is supplement request number "
                            + d.supplementRequests + ": national scoring counts a dossier with more than one"
                            + " supplement request as late"));
                }
                yield new SupplementRequested(code, at, actor, r.reason(), r.missingDocuments(), d.supplementRequests);
            }
            case Command.ReceiveSupplement r -> new SupplementReceived(code, at, actor);
            case Command.RequestFees f -> new FeesRequested(code, at, actor, required("description", f.description()));
            case Command.RecordFeePayment p -> new FeesPaid(code, at, actor, payment(p));
            case Command.Reschedule r -> reschedule(r);
            case Command.Complete c -> {
                d.resultReference = required("resultReference", c.resultReference());
                if (Boolean.TRUE.equals(c.resultReusedFromPortal()) && !Boolean.TRUE.equals(c.resultDigitised())) {
                    throw new InvalidInput("resultReusedFromPortal", "a result put in the citizen's store on the portal"
                            + " is digital: it needs resultDigitised true");
                }
                d.resultDigitised = c.resultDigitised();
                d.resultReusedFromPortal = c.resultReusedFromPortal();
                endStep();
                yield new ProcessingCompleted(code, at, actor, c.resultReference(), c.resultDigitised(),
                        c.resultReusedFromPortal());
            }
            case Command.Return r -> {
                if (r.channel() == null) {
                    throw new InvalidInput("channel", "must be one of IN_PERSON, ONLINE, POSTAL");
                }
                d.returnChannel = r.channel();
                yield new ResultReturned(code, at, actor, r.channel());
            }
            case Command.Refuse r -> {
                required("reason", r.reason());
                endStep();
                yield new DossierRefused(code, at, actor, r.reason());
            }
            case Command.Withdraw w -> {
                required("reason", w.reason());
                endStep();
                yield new DossierWithdrawn(code, at, actor, w.reason());
            }
            case Command.Stop s -> {
                required("reason", s.reason());
                endStep();
                yield new ProcessingStopped(code, at, actor, s.reason());
            }
        };
    }

    private DossierRescheduled reschedule(Command.Reschedule r) {
        requireNotRescheduled(d);
        required("reason", r.reason());
        if (r.newDueAt() == null) {
            throw new InvalidInput("newDueAt", "must be given");
        }
        if (d.currentDueAt == null) {
            throw new RuleViolated("newDueAt", "a dossier without an appointment cannot be rescheduled");
        }
        if (!r.newDueAt().isAfter(d.currentDueAt)) {
            throw new RuleViolated("newDueAt", "the new appointment must be later than the current appointment "
                    + d.currentDueAt);
        }
        // judged at the time the apology was decided: a reschedule recorded late keeps its historical date
        if (!r.newDueAt().isAfter(audit.occurredAt())) {
            throw new InvalidInput("newDueAt", "must be later than the time of the reschedule (occurredAt)");
        }
        // judged when it was recorded, not at a backdated occurredAt: the citizen learns of it no earlier; against the
        // appointment in force (moved by pauses), the one sla-service's warning gives the apology deadline of
        boolean late = Apologies.isLate(audit.recordedAt(), d.currentDueAt, calendar);
        return setNewAppointment(d, r.reason(), r.newDueAt(), r.signerTitle(), false, late, audit);
    }

    /** The once rule: any second new appointment, an officer's or after processing's own, is refused. */
    static void requireNotRescheduled(Dossier d) {
        if (!d.rescheduled) {
            return;
        }
        String how = d.rescheduleAutomatic
                ? " was already given its new appointment " + VnTime.of(d.currentDueAt)
                        + " automatically, when its appointment " + VnTime.of(d.originalDueAt) + " passed"
                : " was already rescheduled to " + VnTime.of(d.currentDueAt);
        throw new RuleViolated("newDueAt", ONCE_RULE + ": this dossier" + how);
    }

    /** Records the one new appointment beside the original one, which stays, and names the event. */
    static DossierRescheduled setNewAppointment(Dossier d, String reason, Instant newDueAt, String signerTitle,
            boolean automatic, boolean late, Audit audit) {
        d.rescheduled = true;
        d.rescheduleReason = reason;
        d.rescheduleSignerTitle = signerTitle;
        d.rescheduleAutomatic = automatic;
        d.rescheduleLate = late;
        d.rescheduledAt = audit.recordedAt();
        d.currentDueAt = newDueAt;
        return new DossierRescheduled(d.code, audit.occurredAt(), audit.actor(), reason, d.originalDueAt, newDueAt,
                signerTitle, automatic, late);
    }

    /**
     * The payment's amount and channel, when stated (both or neither), paid at the action's time unless said; the
     * dossier keeps the latest payment's.
     */
    private FeePayment payment(Command.RecordFeePayment p) {
        if (p.amount() == null && p.channel() == null) {
            if (p.paidAt() != null) {
                throw new InvalidInput("amount", "is required with paidAt (and channel)");
            }
            d.feeAmount = null;
            d.feeChannel = null;
            d.feePaidAt = null;
            return null;
        }
        if (p.amount() == null || p.amount() < 0) {
            throw new InvalidInput("amount", p.amount() == null ? "is required with channel" : "must not be negative");
        }
        if (p.channel() == null) {
            throw new InvalidInput("channel", "is required with amount: ONLINE or OFFLINE");
        }
        Instant paidAt = p.paidAt() == null ? audit.occurredAt() : p.paidAt();
        if (paidAt.isAfter(audit.occurredAt())) {
            throw new InvalidInput("paidAt", "must not be later than the time of the action (occurredAt, default now)");
        }
        d.feeAmount = p.amount();
        d.feeChannel = p.channel();
        d.feePaidAt = paidAt;
        return new FeePayment(p.amount(), p.channel(), paidAt);
    }

    /** Processing ended: the step in hand is judged against its deadline. */
    private void endStep() {
        if (open != null && open.isOpen()) {
            open.end(audit.occurredAt());
        }
    }

    static String required(String field, String value) {
        if (blank(value)) {
            throw new InvalidInput(field, "must not be blank");
        }
        return value;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
