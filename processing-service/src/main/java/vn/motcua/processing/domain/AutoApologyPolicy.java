package vn.motcua.processing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import vn.motcua.calendar.BusinessCalendar;

/**
 * The new appointment processing sets itself when the first one passed without a reschedule (the automatic apology):
 * the close of the N-th working day after the later of the missed appointment's date and the day the miss was
 * noticed, on the deciding agency's calendar. N is per procedure, with a default. Moved here from notification-service,
 * whose letter used to choose the date: the same inputs give the date those letters named.
 */
public record AutoApologyPolicy(int defaultExtensionDays, Map<String, Integer> perProcedure) {

    public int extensionDays(String procedureCode) {
        return Math.max(1, perProcedure.getOrDefault(procedureCode, defaultExtensionDays));
    }

    public Instant newDueAt(BusinessCalendar calendar, String procedureCode, Instant missedDueAt, Instant noticedAt) {
        ZoneId zone = calendar.zone();
        LocalDate missed = missedDueAt.atZone(zone).toLocalDate();
        LocalDate noticed = noticedAt.atZone(zone).toLocalDate();
        LocalDate day = missed.isAfter(noticed) ? missed : noticed;
        for (int i = 0; i < extensionDays(procedureCode); i++) {
            day = calendar.nextWorkingDay(day);
        }
        return closeOf(calendar, day);
    }

    /** The end of the day's last session: adding a whole day's working time ends exactly there. */
    private static Instant closeOf(BusinessCalendar calendar, LocalDate day) {
        Instant start = day.atStartOfDay(calendar.zone()).toInstant();
        Instant next = day.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
        return calendar.addWorkingTime(start, calendar.workingTimeBetween(start, next));
    }
}
