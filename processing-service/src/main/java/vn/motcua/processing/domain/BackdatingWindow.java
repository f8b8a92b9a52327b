package vn.motcua.processing.domain;

import java.time.LocalDate;
import vn.motcua.calendar.BusinessCalendar;

/**
 * How late an officer may record work: an action recorded more than {@code workingDays} working days (on the
 * deciding agency's calendar) after it happened needs a leader, so that a completion done late cannot quietly be
 * dated back to before the miss was announced.
 */
public record BackdatingWindow(int workingDays) {
    /** No limit (processing's own actions, and the rules' unit tests). */
    public static final BackdatingWindow NONE = new BackdatingWindow(Integer.MAX_VALUE);

    public BackdatingWindow {
        if (workingDays < 0) {
            throw new IllegalArgumentException("the backdating window must not be negative: " + workingDays);
        }
    }

    /**
     * The working days strictly after the day the action happened, up to and including the day it was recorded
     * (local dates on the calendar): 0 for the same day, 1 for Friday's work recorded on Monday.
     */
    public static int workingDaysLate(Audit audit, BusinessCalendar calendar) {
        LocalDate happened = audit.occurredAt().atZone(calendar.zone()).toLocalDate();
        LocalDate recorded = audit.recordedAt().atZone(calendar.zone()).toLocalDate();
        int late = 0;
        if (!happened.isBefore(recorded)) {
            return late;
        }
        for (LocalDate day = calendar.nextWorkingDay(happened); !day.isAfter(recorded);
                day = calendar.nextWorkingDay(day)) {
            late++;
        }
        return late;
    }

    /** The rule, as the refusal names it. */
    public String rule() {
        return "an action recorded more than " + workingDays + " working day" + (workingDays == 1 ? "" : "s")
                + " after it happened needs a leader";
    }

    /** Throws when the action was recorded {@code late} working days after it happened and its recorder may not. */
    void check(Audit audit, int late) {
        if (late > workingDays && !audit.leader()) {
            throw new BackdatingRefused(audit.occurredAtField(), rule() + " (recorded " + late
                    + " working days after " + audit.occurredAtField() + ")", rule());
        }
    }
}
