package vn.motcua.notification.domain;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Local hours in which SMS and Zalo messages wait (default 21:00-07:00); the window may span midnight. */
public record QuietHours(LocalTime start, LocalTime end, ZoneId zone) {

    public boolean isQuiet(Instant at) {
        LocalTime t = at.atZone(zone).toLocalTime();
        if (start.equals(end)) {
            return false;
        }
        return start.isBefore(end) ? !t.isBefore(start) && t.isBefore(end) : !t.isBefore(start) || t.isBefore(end);
    }

    /** The first instant at or after {@code at} outside the quiet hours. */
    public Instant endOf(Instant at) {
        if (!isQuiet(at)) {
            return at;
        }
        ZonedDateTime local = at.atZone(zone);
        ZonedDateTime sameDay = local.toLocalDate().atTime(end).atZone(zone);
        return (sameDay.isAfter(local) ? sameDay : sameDay.plusDays(1)).toInstant();
    }
}
