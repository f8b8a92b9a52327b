package vn.motcua.sla.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** How a resolved dossier ended against its scoring appointment (trước hạn / đúng hạn / trễ hạn). */
public enum Outcome {
    EARLY, ON_TIME, LATE;

    /** Business dates are compared in Vietnam's civil time (Decision 766/QĐ-TTg scores at date level). */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /**
     * The outcome of a dossier whose processing ended at {@code end}. Withdrawn dossiers and procedures without a
     * deadline are on time; a dossier that was apologised for (rescheduled) or got a second supplement request is
     * late whatever its end date (domain.md, "Apology notices" and "Deadlines").
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
        LocalDate ended = LocalDate.ofInstant(end, ZONE);
        LocalDate due = LocalDate.ofInstant(scoringDue, ZONE);
        if (ended.isBefore(due)) {
            return EARLY;
        }
        return ended.isEqual(due) ? ON_TIME : LATE;
    }
}
