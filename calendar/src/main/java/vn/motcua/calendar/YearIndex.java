package vn.motcua.calendar;

import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Precomputed working-day ordinals and cumulative working seconds for one year, so that day and hour arithmetic
 * is a lookup or a binary search instead of a day-by-day walk.
 */
final class YearIndex {

    static final long NANOS = 1_000_000_000L;

    final int year;
    final long firstDay;
    final int length;
    /** Schedule of each day of the year (index 0 = 1 January). */
    final DaySchedule[] days;
    /** {@code before[d]}: number of working days before day d; length {@code length + 1}. */
    final int[] before;
    /** Day-of-year index of each working day, in order. */
    final int[] workDays;
    /** {@code cumulative[d]}: real working seconds before day d; length {@code length + 1}. */
    final long[] cumulative;

    private YearIndex(int year, DaySchedule[] days, ZoneClock clock) {
        this.year = year;
        this.firstDay = LocalDate.of(year, 1, 1).toEpochDay();
        this.length = days.length;
        this.days = days;
        this.before = new int[length + 1];
        this.cumulative = new long[length + 1];
        int[] work = new int[length];
        int count = 0;
        for (int d = 0; d < length; d++) {
            before[d + 1] = before[d] + (days[d].isWorking() ? 1 : 0);
            if (days[d].isWorking()) {
                work[count++] = d;
            }
            long seconds = 0;
            for (int i = 0; i < days[d].size(); i++) {
                seconds += sessionSeconds(clock, firstDay + d, days[d], i);
            }
            cumulative[d + 1] = cumulative[d] + seconds;
        }
        this.workDays = Arrays.copyOf(work, count);
    }

    static YearIndex build(int year, Function<LocalDate, DaySchedule> schedules, ZoneClock clock) {
        DaySchedule[] days = new DaySchedule[Year.of(year).length()];
        LocalDate date = LocalDate.of(year, 1, 1);
        for (int d = 0; d < days.length; d++, date = date.plusDays(1)) {
            days[d] = schedules.apply(date);
        }
        return new YearIndex(year, days, clock);
    }

    /** Real length of a session; differs from its wall-clock length only on a DST transition day. */
    static long sessionSeconds(ZoneClock clock, long epochDay, DaySchedule schedule, int i) {
        return clock.epochSecond(epochDay, schedule.end(i)) - clock.epochSecond(epochDay, schedule.start(i));
    }

    int workDayCount() {
        return workDays.length;
    }

    long totalNanos() {
        return cumulative[length] * NANOS;
    }

    /** The day whose working time contains the position, i.e. {@code cumulative[d] < p <= cumulative[d + 1]}. */
    int dayAtPosition(long positionNanos) {
        int low = 0;
        int high = length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid + 1] * NANOS >= positionNanos) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }
}
