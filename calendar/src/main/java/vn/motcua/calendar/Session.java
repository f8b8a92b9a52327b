package vn.motcua.calendar;

import java.time.LocalTime;

/**
 * One opening period of a working day, {@code [start, end)} in local time; {@link LocalTime#MAX} as end means 24:00.
 */
public record Session(LocalTime start, LocalTime end) {

    /** Seconds of the day at which the session opens (0..86400). */
    int startSecond() {
        return secondOfDay(start);
    }

    /** Seconds of the day at which the session closes; 24:00 is 86400. */
    int endSecond() {
        return secondOfDay(end);
    }

    static int secondOfDay(LocalTime time) {
        return time.equals(LocalTime.MAX) ? 86_400 : time.toSecondOfDay();
    }
}
