package vn.motcua.calendar;

import static vn.motcua.calendar.YearIndex.NANOS;

import java.time.Instant;

/** Working-time arithmetic over the year indexes of one calendar; all positions are in nanoseconds. */
final class Timeline {

    private final YearCache years;
    private final ZoneClock clock;

    Timeline(YearCache years, ZoneClock clock) {
        this.years = years;
        this.clock = clock;
    }

    LocalPoint locate(Instant instant) {
        long local = clock.localEpochSecond(instant.getEpochSecond());
        long day = Math.floorDiv(local, ZoneClock.DAY);
        YearIndex year = years.containing(day);
        return new LocalPoint(year, (int) (day - year.firstDay), (int) Math.floorMod(local, ZoneClock.DAY),
                instant.getEpochSecond(), instant.getNano());
    }

    /** The point itself when inside a session {@code [start, end)}, otherwise the next opening. */
    LocalPoint effectiveStart(LocalPoint point) {
        DaySchedule schedule = point.schedule();
        for (int i = 0; i < schedule.size(); i++) {
            if (point.second() < schedule.start(i)) {
                return at(point.year(), point.dayOfYear(), schedule.start(i));
            }
            if (point.second() < schedule.end(i)) {
                return point;
            }
        }
        LocalPoint next = workingDayAfter(point.year(), point.dayOfYear(), 1);
        return at(next.year(), next.dayOfYear(), next.schedule().open());
    }

    /** Midnight of the n-th working day strictly after the given day ({@code n >= 1}). */
    LocalPoint workingDayAfter(YearIndex year, int dayOfYear, long n) {
        long target = year.before[dayOfYear + 1] + n - 1;
        while (target >= year.workDayCount()) {
            target -= year.workDayCount();
            year = years.nextWorkingYear(year);
        }
        return at(year, year.workDays[(int) target], 0);
    }

    /** Midnight of the last working day strictly before the given day. */
    LocalPoint workingDayBefore(YearIndex year, int dayOfYear) {
        int target = year.before[dayOfYear] - 1;
        while (target < 0) {
            year = years.previousWorkingYear(year);
            target = year.workDayCount() - 1;
        }
        return at(year, year.workDays[target], 0);
    }

    /** Clock time of {@code start} on the n-th working day after it, or that day's close if no session covers it. */
    Instant addWorkingDays(LocalPoint start, long n) {
        if (n == 0) {
            return start.toInstant();
        }
        LocalPoint day = workingDayAfter(start.year(), start.dayOfYear(), n);
        DaySchedule schedule = day.schedule();
        for (int i = 0; i < schedule.size(); i++) {
            boolean covered = schedule.start(i) <= start.second() && (start.second() < schedule.end(i)
                    || start.second() == schedule.end(i) && start.nano() == 0);
            if (covered) {
                return Instant.ofEpochSecond(clock.epochSecond(day.epochDay(), start.second()), start.nano());
            }
        }
        return Instant.ofEpochSecond(clock.epochSecond(day.epochDay(), schedule.close()));
    }

    /** Working time elapsed in the point's year before the point. */
    long position(LocalPoint point) {
        long worked = point.year().cumulative[point.dayOfYear()] * NANOS;
        DaySchedule schedule = point.schedule();
        for (int i = 0; i < schedule.size() && point.second() >= schedule.start(i); i++) {
            long start = clock.epochSecond(point.epochDay(), schedule.start(i));
            long length = (clock.epochSecond(point.epochDay(), schedule.end(i)) - start) * NANOS;
            long elapsed = (point.epochSecond() - start) * NANOS + point.nano();
            worked += Math.max(0, Math.min(length, elapsed));
        }
        return worked;
    }

    /** The earliest instant at which {@code nanos > 0} of working time have elapsed after the point. */
    Instant plus(LocalPoint point, long nanos) {
        YearIndex year = point.year();
        long target = Math.addExact(position(point), nanos);
        while (target > year.totalNanos()) {
            target -= year.totalNanos();
            year = years.nextWorkingYear(year);
        }
        int day = year.dayAtPosition(target);
        long remaining = target - year.cumulative[day] * NANOS;
        DaySchedule schedule = year.days[day];
        long epochDay = year.firstDay + day;
        for (int i = 0; ; i++) {
            long length = YearIndex.sessionSeconds(clock, epochDay, schedule, i) * NANOS;
            if (remaining <= length || i == schedule.size() - 1) {
                return Instant.ofEpochSecond(clock.epochSecond(epochDay, schedule.start(i)), remaining);
            }
            remaining -= length;
        }
    }

    /** Working time in {@code [a, b)}; {@code a} must not be after {@code b}. */
    long between(LocalPoint a, LocalPoint b) {
        long total = position(b) - position(a);
        for (int year = a.year().year; year < b.year().year; year++) {
            total = Math.addExact(total, years.get(year).totalNanos());
        }
        return total;
    }

    LocalPoint at(YearIndex year, int dayOfYear, int second) {
        return new LocalPoint(year, dayOfYear, second, clock.epochSecond(year.firstDay + dayOfYear, second), 0);
    }
}
