package vn.motcua.sla.domain;

import java.time.Instant;
import java.time.LocalDate;
import vn.motcua.support.time.VnTime;

/** How a resolved dossier ended against its scoring appointment (trước hạn / đúng hạn / trễ hạn). */
public enum Outcome {
    EARLY, ON_TIME, LATE;

    /**
     * The outcome of a dossier whose processing ended at {@code end}. Withdrawn dossiers and procedures without a
     * deadline are on time; a dossier that was apologised for (rescheduled) or got a second supplement request is
     * late whatever its end date (docs/domain.md § Apologies and the new appointment, § Deadlines). Dates are
     * compared in Vietnam's civil time: Decision 766/QĐ-TTg scores at date level.
     */
    public static Outcome of(Instant end, Instant scoringDue, boolean withdrawn, boolean rescheduled,
            int supplementRequests) {
        if (withdrawn) {
            return ON_TIME;
        }
        if (rescheduled || supplementRequests >= 2) {
            return LATE;
        }
        if (scoringDue == null) {
            return ON_TIME;
        }
        LocalDate ended = LocalDate.ofInstant(end, VnTime.ZONE);
        LocalDate due = LocalDate.ofInstant(scoringDue, VnTime.ZONE);
        if (ended.isBefore(due)) {
            return EARLY;
        }
        return ended.isEqual(due) ? ON_TIME : LATE;
    }
}
