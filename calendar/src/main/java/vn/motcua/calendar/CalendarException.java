package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A dated exception to the weekly sessions, with the label and the legal source that announced it.
 *
 * @param sessions   for {@link ExceptionType#WORKING_DAY} only; empty means the weekday's sessions or, failing that,
 *                   Monday's
 * @param unverified true when the entry could not be confirmed from an official source
 */
public record CalendarException(LocalDate date, ExceptionType type, String label, String source,
                                List<Session> sessions, boolean unverified) {

    public CalendarException {
        // null elements are kept so that the validator can report them with their index
        sessions = sessions == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(sessions));
    }

    /** A verified day off. */
    public static CalendarException dayOff(LocalDate date, String label, String source) {
        return new CalendarException(date, ExceptionType.DAY_OFF, label, source, List.of(), false);
    }

    /** A verified extra working day with the given sessions (empty: the weekday's or Monday's sessions). */
    public static CalendarException workingDay(LocalDate date, String label, String source, List<Session> sessions) {
        return new CalendarException(date, ExceptionType.WORKING_DAY, label, source, sessions, false);
    }
}
