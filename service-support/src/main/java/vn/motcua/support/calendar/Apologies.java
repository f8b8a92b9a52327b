package vn.motcua.support.calendar;

import java.time.Instant;
import vn.motcua.calendar.BusinessCalendar;

/**
 * The apology's timing (Decree 61/2018/NĐ-CP art. 12, kept by Decree 118/2025/NĐ-CP): the agency that will miss an
 * appointment sends the citizen an apology with the one new appointment at least one working day before the
 * appointment, on its own calendar (docs/domain.md § Apologies and the new appointment).
 */
public final class Apologies {

    private Apologies() {
    }

    /** The last moment an apology for {@code appointment} is in time: one working day before it, same clock time. */
    public static Instant lastMomentInTime(Instant appointment, BusinessCalendar calendar) {
        return calendar.workingDaysBefore(appointment, 1);
    }

    /** Whether an apology recorded at {@code recordedAt} came after that moment. */
    public static boolean isLate(Instant recordedAt, Instant appointment, BusinessCalendar calendar) {
        return recordedAt.isAfter(lastMomentInTime(appointment, calendar));
    }
}
