package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Test oracle: the rules of the README implemented by walking day by day, with no index and no cleverness. */
final class NaiveCalendar {

    private final Map<DayOfWeek, List<Session>> weekly;
    private final Map<LocalDate, CalendarException> exceptions = new HashMap<>();

    /** @param definitions root first; sessions come from the last definition that has any */
    NaiveCalendar(List<CalendarDefinition> definitions) {
        Map<DayOfWeek, List<Session>> sessions = Map.of();
        for (CalendarDefinition definition : definitions) {
            definition.exceptions().forEach(e -> exceptions.put(e.date(), e));
            sessions = definition.sessions().isEmpty() ? sessions : definition.sessions();
        }
        this.weekly = sessions;
    }

    List<Session> sessionsOn(LocalDate date) {
        CalendarException exception = exceptions.get(date);
        List<Session> sessions;
        if (exception == null) {
            sessions = weekly.getOrDefault(date.getDayOfWeek(), List.of());
        } else if (exception.type() == ExceptionType.DAY_OFF) {
            sessions = List.of();
        } else if (!exception.sessions().isEmpty()) {
            sessions = exception.sessions();
        } else {
            sessions = weekly.getOrDefault(date.getDayOfWeek(), weekly.getOrDefault(DayOfWeek.MONDAY, List.of()));
        }
        return sessions.stream().sorted(Comparator.comparing(Session::start)).toList();
    }

    LocalDateTime effectiveStart(LocalDateTime time) {
        for (Session session : sessionsOn(time.toLocalDate())) {
            if (time.toLocalTime().isBefore(session.start())) {
                return time.toLocalDate().atTime(session.start());
            }
            if (time.toLocalTime().isBefore(session.end())) {
                return time;
            }
        }
        LocalDate day = time.toLocalDate().plusDays(1);
        while (sessionsOn(day).isEmpty()) {
            day = day.plusDays(1);
        }
        return day.atTime(sessionsOn(day).get(0).start());
    }

    LocalDateTime addWorkingDays(LocalDateTime received, int days) {
        LocalDateTime start = effectiveStart(received);
        LocalDate day = start.toLocalDate();
        for (int counted = 0; counted < days; ) {
            day = day.plusDays(1);
            counted += sessionsOn(day).isEmpty() ? 0 : 1;
        }
        if (days == 0) {
            return start;
        }
        LocalTime clock = start.toLocalTime();
        for (Session session : sessionsOn(day)) {
            if (!clock.isBefore(session.start()) && !clock.isAfter(session.end())) {
                return day.atTime(clock);
            }
        }
        List<Session> sessions = sessionsOn(day);
        return day.atTime(sessions.get(sessions.size() - 1).end());
    }

    LocalDateTime addWorkingSeconds(LocalDateTime received, long seconds) {
        LocalDateTime cursor = effectiveStart(received);
        long remaining = seconds;
        while (true) {
            for (Session session : sessionsOn(cursor.toLocalDate())) {
                LocalDateTime end = cursor.toLocalDate().atTime(session.end());
                if (!cursor.isBefore(end)) {
                    continue;
                }
                LocalDateTime from = cursor.toLocalTime().isAfter(session.start())
                        ? cursor : cursor.toLocalDate().atTime(session.start());
                long available = ChronoUnit.SECONDS.between(from, end);
                if (remaining <= available) {
                    return from.plusSeconds(remaining);
                }
                remaining -= available;
            }
            cursor = cursor.toLocalDate().plusDays(1).atStartOfDay();
        }
    }
}
