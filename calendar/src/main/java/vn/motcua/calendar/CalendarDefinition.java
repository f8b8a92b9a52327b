package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A calendar as data: weekly sessions per weekday plus dated exceptions, optionally derived from another calendar.
 *
 * @param timeZone IANA zone id; {@code null} means {@value #DEFAULT_TIME_ZONE}
 * @param basedOn  id of the calendar whose exceptions (and, when {@code sessions} is empty, sessions) are inherited
 * @param sessions weekdays absent from the map are days off
 */
public record CalendarDefinition(String id, String timeZone, String basedOn,
                                 Map<DayOfWeek, List<Session>> sessions, List<CalendarException> exceptions) {

    public static final String DEFAULT_TIME_ZONE = "Asia/Ho_Chi_Minh";

    public CalendarDefinition {
        timeZone = timeZone == null ? DEFAULT_TIME_ZONE : timeZone;
        sessions = copySessions(sessions);
        exceptions = exceptions == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(exceptions));
    }

    /** The zone as a {@link ZoneId}; throws {@link java.time.DateTimeException} if unknown (validate first). */
    public ZoneId zoneId() {
        return ZoneId.of(timeZone);
    }

    private static Map<DayOfWeek, List<Session>> copySessions(Map<DayOfWeek, List<Session>> sessions) {
        EnumMap<DayOfWeek, List<Session>> copy = new EnumMap<>(DayOfWeek.class);
        if (sessions != null) {
            // null elements are kept so that the validator can report them with their index
            sessions.forEach((day, list) -> copy.put(day,
                    list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list))));
        }
        return Collections.unmodifiableMap(copy);
    }
}
