package vn.motcua.processing.domain;

import java.time.Instant;
import java.time.LocalDate;
import vn.motcua.support.time.VnTime;

/** Whether a step ended before, on or after its own deadline, compared by date in Vietnam (as statistics do). */
public enum StepOutcome {
    EARLY, ON_TIME, LATE;

    /** A step without a deadline counts as on time, like a procedure without one (docs/domain.md § Statistics). */
    public static StepOutcome of(Instant endedAt, Instant dueAt) {
        if (dueAt == null) {
            return ON_TIME;
        }
        LocalDate ended = VnTime.dateOf(endedAt);
        LocalDate due = VnTime.dateOf(dueAt);
        if (ended.isBefore(due)) {
            return EARLY;
        }
        return ended.isAfter(due) ? LATE : ON_TIME;
    }
}
