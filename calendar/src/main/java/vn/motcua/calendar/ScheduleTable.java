package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.calendar.CalendarValidationException.Violation;

/** The effective schedule of every date of a resolved {@code basedOn} chain. */
final class ScheduleTable {

    private final DaySchedule[] weekly = new DaySchedule[7];
    private final Map<LocalDate, DaySchedule> exceptions = new HashMap<>();

    /** @param chain the calendar first, its root last, as given by {@link CalendarChain#resolve} */
    ScheduleTable(List<CalendarDefinition> chain) {
        Map<DayOfWeek, List<Session>> sessions = new EnumMap<>(DayOfWeek.class);
        for (CalendarDefinition definition : chain) {
            if (!definition.sessions().isEmpty()) {
                sessions = definition.sessions();
                break;
            }
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            weekly[day.ordinal()] = DaySchedule.of(sessions.getOrDefault(day, List.of()));
        }
        // root first, so that a derived calendar's exception for a date overrides the inherited one
        for (int c = chain.size() - 1; c >= 0; c--) {
            List<CalendarException> own = chain.get(c).exceptions();
            for (int i = 0; i < own.size(); i++) {
                exceptions.put(own.get(i).date(), schedule(own.get(i), chain.get(c).id(), i));
            }
        }
    }

    DaySchedule on(LocalDate date) {
        DaySchedule exception = exceptions.get(date);
        return exception != null ? exception : weekly[date.getDayOfWeek().ordinal()];
    }

    private DaySchedule schedule(CalendarException exception, String calendarId, int index) {
        if (exception.type() == ExceptionType.DAY_OFF) {
            return DaySchedule.CLOSED;
        }
        if (!exception.sessions().isEmpty()) {
            return DaySchedule.of(exception.sessions());
        }
        DaySchedule own = weekly[exception.date().getDayOfWeek().ordinal()];
        DaySchedule schedule = own.isWorking() ? own : weekly[DayOfWeek.MONDAY.ordinal()];
        if (!schedule.isWorking()) {
            throw new CalendarValidationException(List.of(new Violation("exceptions[" + index + "].sessions",
                    "required in calendar " + calendarId + ": neither " + exception.date().getDayOfWeek()
                            + " nor MONDAY has sessions to work on " + exception.date())));
        }
        return schedule;
    }
}
