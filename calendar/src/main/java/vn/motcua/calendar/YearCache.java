package vn.motcua.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/** Lazily built, thread-safe cache of {@link YearIndex} per year, with a bounded search for working years. */
final class YearCache {

    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2399;
    /** How many whole years without a working day are searched before giving up. */
    static final int SEARCH_YEARS = 5;

    private final AtomicReferenceArray<YearIndex> years = new AtomicReferenceArray<>(MAX_YEAR - MIN_YEAR + 1);
    private final Function<LocalDate, DaySchedule> schedules;
    private final ZoneClock clock;
    private final String calendarId;

    YearCache(String calendarId, Function<LocalDate, DaySchedule> schedules, ZoneClock clock) {
        this.calendarId = calendarId;
        this.schedules = schedules;
        this.clock = clock;
    }

    YearIndex get(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new DateTimeException("calendar " + calendarId + " supports the years " + MIN_YEAR + "-"
                    + MAX_YEAR + ", not " + year);
        }
        YearIndex index = years.get(year - MIN_YEAR);
        if (index == null) {
            // concurrent builders compute equal immutable indexes; the first one published wins
            years.compareAndSet(year - MIN_YEAR, null, YearIndex.build(year, schedules, clock));
            index = years.get(year - MIN_YEAR);
        }
        return index;
    }

    YearIndex containing(long epochDay) {
        return get(LocalDate.ofEpochDay(epochDay).getYear());
    }

    /** The first year after {@code index} with a working day, looking at most {@link #SEARCH_YEARS} years ahead. */
    YearIndex nextWorkingYear(YearIndex index) {
        return workingYear(index.year, 1);
    }

    /** The last year before {@code index} with a working day, looking at most {@link #SEARCH_YEARS} years back. */
    YearIndex previousWorkingYear(YearIndex index) {
        return workingYear(index.year, -1);
    }

    private YearIndex workingYear(int from, int step) {
        for (int i = 1; i <= SEARCH_YEARS; i++) {
            YearIndex candidate = get(from + i * step);
            if (candidate.workDayCount() > 0) {
                return candidate;
            }
        }
        throw new NoWorkingTimeException("calendar " + calendarId + " has no working day in the " + SEARCH_YEARS
                + " years " + (step > 0 ? "after " : "before ") + from);
    }
}
