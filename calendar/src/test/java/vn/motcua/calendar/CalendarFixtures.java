package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Shared fixtures: the shipped national calendar, local-time instants and a small definition builder. */
final class CalendarFixtures {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static final BusinessCalendar NATIONAL = OfficialCalendars.calendar(OfficialCalendars.NATIONAL_ID);
    static final BusinessCalendar SATURDAY_MORNING = OfficialCalendars.calendar(OfficialCalendars.SATURDAY_MORNING_ID);

    private CalendarFixtures() {
    }

    /** An instant given as Vietnamese local time, e.g. {@code vn("2025-03-14T16:00")}. */
    static Instant vn(String localDateTime) {
        return at(localDateTime, VN);
    }

    static Instant at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    static Session session(String start, String end) {
        return new Session(LocalTime.parse(start), LocalTime.parse(end));
    }

    static Builder calendar(String id) {
        return new Builder(id);
    }

    /** Builds definitions for tests; weekdays get the usual two sessions unless told otherwise. */
    static final class Builder {
        private final String id;
        private String zone = "Asia/Ho_Chi_Minh";
        private String basedOn;
        private final Map<DayOfWeek, List<Session>> sessions = new EnumMap<>(DayOfWeek.class);
        private final List<CalendarException> exceptions = new ArrayList<>();

        private Builder(String id) {
            this.id = id;
        }

        Builder zone(String zone) {
            this.zone = zone;
            return this;
        }

        Builder basedOn(String basedOn) {
            this.basedOn = basedOn;
            return this;
        }

        Builder officeHours() {
            for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                    DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
                day(day, session("07:30", "11:30"), session("13:30", "17:00"));
            }
            return this;
        }

        Builder day(DayOfWeek day, Session... daySessions) {
            sessions.put(day, List.of(daySessions));
            return this;
        }

        Builder dayOff(String date) {
            exceptions.add(CalendarException.dayOff(LocalDate.parse(date), "Nghỉ", "test"));
            return this;
        }

        Builder workingDay(String date, Session... daySessions) {
            exceptions.add(CalendarException.workingDay(LocalDate.parse(date), "Làm bù", "test", List.of(daySessions)));
            return this;
        }

        CalendarDefinition definition() {
            return new CalendarDefinition(id, zone, basedOn, sessions, exceptions);
        }

        BusinessCalendar build() {
            return BusinessCalendar.of(definition());
        }
    }
}
