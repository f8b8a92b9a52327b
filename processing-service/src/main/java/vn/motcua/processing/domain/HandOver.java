package vn.motcua.processing.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.motcua.events.LateCause;

/**
 * A line of the process-control sheet: a step handed to a unit/officer, with its own deadline;
 * ended and judged (early / on time / late) when the dossier is handed on or processing ends.
 */
@Entity
@Table(name = "hand_over")
public class HandOver {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long dossierId;
    public int seq;
    public String stepName;
    public String fromUnitCode;
    public String fromOfficer;
    public String toUnitCode;
    public String toOfficer;
    public Instant handedAt;
    public String handedBy;
    public Instant stepDueAt;
    public Instant endedAt;
    @Enumerated(EnumType.STRING)
    public StepOutcome outcome;
    /** Why the step ran late, as an officer recorded it; null until one does. */
    @Enumerated(EnumType.STRING)
    public LateCause lateCause;
    public String lateExplanation;
    public String lateCauseBy;
    public Instant lateCauseAt;

    public boolean isOpen() {
        return endedAt == null;
    }

    /**
     * Whether the step is late: ended after its deadline's date, or still in hand on a later date than it (judged by
     * date in Vietnam, as {@link StepOutcome} and the statistics judge).
     */
    public boolean isLate(Instant now) {
        return isOpen() ? StepOutcome.of(now, stepDueAt) == StepOutcome.LATE : outcome == StepOutcome.LATE;
    }

    /** Records (or replaces) the cause of this late step; 409 ({@link RuleViolated}) when the step was not late. */
    public void recordLateCause(LateCause cause, String explanation, String by, Instant now) {
        if (cause == null) {
            throw new InvalidInput("cause", "one of SUBJECTIVE, OBJECTIVE");
        }
        if (explanation == null || explanation.isBlank()) {
            throw new InvalidInput("explanation", "must not be blank");
        }
        if (!isLate(now)) {
            throw new RuleViolated("seq", "step " + seq + " is not late (deadline " + stepDueAt
                    + (isOpen() ? ", still in hand" : ", outcome " + outcome) + "): only a late step has a cause");
        }
        lateCause = cause;
        lateExplanation = explanation.strip();
        lateCauseBy = by;
        lateCauseAt = now;
    }

    void end(Instant at) {
        endedAt = at;
        outcome = StepOutcome.of(at, stepDueAt);
    }
}
