package vn.motcua.calendar;

import static vn.motcua.calendar.YearIndex.NANOS;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Working-time arithmetic over one resolved calendar: immutable and thread-safe (year indexes are built lazily
 * and published atomically).
 *
 * <p>Sessions are half-open {@code [start, end)}: an instant exactly at a session's end is outside working time.
 * Working time is real elapsed time inside sessions, so a session on a DST transition day counts its true length.
 * Supported years: 1900-2399 ({@link java.time.DateTimeException} outside). A search that finds no working day
 * in 5 consecutive whole years throws {@link NoWorkingTimeException}.
 */
public final class BusinessCalendar {

    private final String id;
    private final ZoneClock clock;
    private final YearCache years;
    private final Timeline timeline;

    private BusinessCalendar(String id, ZoneId zone, ScheduleTable table) {
        this.id = id;
        this.clock = new ZoneClock(zone);
        this.years = new YearCache(id, table::on, clock);
        this.timeline = new Timeline(years, clock);
    }

    /** A calendar without {@code basedOn}; throws {@link CalendarValidationException} if invalid. */
    public static BusinessCalendar of(CalendarDefinition definition) {
        return of(definition, baseId -> Optional.empty());
    }

    /**
     * A calendar whose {@code basedOn} chain is looked up with {@code resolver}: weekly sessions are the first
     * non-empty ones along the chain (the calendar's own, else its base's...), exceptions are inherited, and an
     * exception of a derived calendar replaces the inherited one for the same date.
     */
    public static BusinessCalendar of(CalendarDefinition definition,
                                      Function<String, Optional<CalendarDefinition>> resolver) {
        List<CalendarDefinition> chain = CalendarChain.resolve(definition, resolver);
        return new BusinessCalendar(definition.id(), definition.zoneId(), new ScheduleTable(chain));
    }

    public String id() {
        return id;
    }

    public ZoneId zone() {
        return clock.zone();
    }

    /**
     * The instant itself when it lies inside a session ({@code start <= t < end}); otherwise the next session
     * opening (after the lunch break, after closing time, on the next working day after weekends and holidays).
     * An instant exactly at a session end (11:30, 17:00) therefore starts at the next opening.
     */
    public Instant effectiveStart(Instant received) {
        LocalPoint point = timeline.locate(received);
        LocalPoint start = timeline.effectiveStart(point);
        return start == point ? received : start.toInstant();
    }

    /** {@link #due(Instant, long, WorkingTimeUnit, CalendarDayRule)} with {@link CalendarDayRule#NEXT_WORKING_OPENING}. */
    public Instant due(Instant received, long amount, WorkingTimeUnit unit) {
        return due(received, amount, unit, CalendarDayRule.NEXT_WORKING_OPENING);
    }

    /**
     * The deadline of a processing time.
     * <ul>
     * <li>{@code WORKING_DAYS}: let S = {@link #effectiveStart}(received), at local clock time T on working day D.
     * The due instant is clock time T on the {@code amount}-th working day after D, provided a session of that day
     * covers T ({@code start <= T <= end}); otherwise the end of that day's last session. 0 returns S.</li>
     * <li>{@code WORKING_HOURS}: the earliest instant at which {@code amount} hours of working time have elapsed
     * after received (see {@link #addWorkingTime}); a deadline that exhausts a session is that session's end
     * (17:00, not the next opening). 0 returns S.</li>
     * <li>{@code CALENDAR_DAYS}: L = S plus {@code amount} days at the same local clock time (a receipt outside
     * working time counts from the next opening, as for the other units). With {@code NEXT_WORKING_OPENING}
     * (default) the due instant is the later of L and the opening of the first working day on or after L's date,
     * so a day off moves it to the next working day's opening; {@code NEXT_WORKING_DAY_END} moves a day off to the
     * end of the next working day's last session (Civil Code 2015 art. 148(4)) and keeps L otherwise;
     * {@code EXACT} returns L.</li>
     * </ul>
     *
     * @throws IllegalArgumentException if {@code amount} is negative or too large to represent
     */
    public Instant due(Instant received, long amount, WorkingTimeUnit unit, CalendarDayRule rule) {
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(rule, "rule");
        if (amount < 0) {
            throw new IllegalArgumentException("amount must not be negative: " + amount);
        }
        return switch (unit) {
            case WORKING_DAYS -> timeline.addWorkingDays(timeline.effectiveStart(timeline.locate(received)), amount);
            case WORKING_HOURS -> addWorkingTime(received, hours(amount));
            case CALENDAR_DAYS -> addCalendarDays(received, amount, rule);
        };
    }

    /**
     * The earliest instant at which {@code amount} of working time has elapsed after {@code from} (counted from its
     * effective start); zero returns the effective start.
     *
     * @throws IllegalArgumentException if {@code amount} is negative
     */
    public Instant addWorkingTime(Instant from, Duration amount) {
        Objects.requireNonNull(from, "from");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("working time to add must not be negative: " + amount);
        }
        if (amount.isZero()) {
            return effectiveStart(from);
        }
        return timeline.plus(timeline.locate(from), toNanos(amount));
    }

    /**
     * The working time inside {@code [a, b)}. Antisymmetric: when {@code b} is before {@code a} the result is
     * negative, {@code -workingTimeBetween(b, a)}.
     */
    public Duration workingTimeBetween(Instant a, Instant b) {
        if (b.isBefore(a)) {
            return workingTimeBetween(b, a).negated();
        }
        return Duration.ofNanos(timeline.between(timeline.locate(a), timeline.locate(b)));
    }

    /** Whether the date has at least one session, after weekly sessions and dated exceptions. */
    public boolean isWorkingDay(LocalDate date) {
        return years.get(date.getYear()).days[date.getDayOfYear() - 1].isWorking();
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        YearIndex year = years.get(date.getYear());
        return LocalDate.ofEpochDay(timeline.workingDayAfter(year, date.getDayOfYear() - 1, 1).epochDay());
    }

    /** The last working day strictly before {@code date}. */
    public LocalDate previousWorkingDay(LocalDate date) {
        YearIndex year = years.get(date.getYear());
        return LocalDate.ofEpochDay(timeline.workingDayBefore(year, date.getDayOfYear() - 1).epochDay());
    }

    /**
     * The same local clock time on the working day {@code days} working days before {@code instant}'s date (its own
     * date need not be a working day), kept within that day's opening hours: e.g. the last moment an apology is in
     * time, one working day before the appointment (Decree 61/2018/NĐ-CP art. 12), or a warning lead. Make-up
     * working days count; holidays, swapped days and weekends do not.
     *
     * @throws IllegalArgumentException if {@code days} is negative
     */
    public Instant workingDaysBefore(Instant instant, int days) {
        Objects.requireNonNull(instant, "instant");
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        if (days == 0) {
            return instant;
        }
        java.time.ZonedDateTime local = instant.atZone(zone());
        LocalDate day = local.toLocalDate();
        for (int i = 0; i < days; i++) {
            day = previousWorkingDay(day);
        }
        DaySchedule schedule = years.get(day.getYear()).days[day.getDayOfYear() - 1];
        int second = Math.min(Math.max(local.toLocalTime().toSecondOfDay(), schedule.open()), schedule.close());
        return Instant.ofEpochSecond(clock.epochSecond(day.toEpochDay(), second)).plusNanos(
                second == local.toLocalTime().toSecondOfDay() ? local.getNano() : 0);
    }

    /**
     * The due instant moved later by the working time that fell inside the paused intervals (supplement requested
     * until received, fees requested until paid), as {@link #addWorkingTime}(due, paused). Overlapping or touching
     * pauses count once; pauses with no working time (nights, weekends, holidays) leave {@code due} unchanged.
     */
    public Instant extend(Instant due, List<Interval> pausedIntervals) {
        Objects.requireNonNull(due, "due");
        long paused = 0;
        for (Interval interval : Intervals.union(pausedIntervals)) {
            paused = Math.addExact(paused, workingTimeBetween(interval.start(), interval.end()).toNanos());
        }
        return paused == 0 ? due : timeline.plus(timeline.locate(due), paused);
    }

    private Instant addCalendarDays(Instant received, long amount, CalendarDayRule rule) {
        Instant landed = effectiveStart(received).atZone(zone()).plusDays(amount).toInstant();
        LocalDate date = LocalDate.ofInstant(landed, zone());
        boolean working = isWorkingDay(date);
        return switch (rule) {
            case EXACT -> landed;
            case NEXT_WORKING_DAY_END -> working ? landed : boundary(nextWorkingDay(date), false);
            case NEXT_WORKING_OPENING -> {
                // the later of the two, so that a longer period never gives an earlier deadline
                Instant opening = boundary(working ? date : nextWorkingDay(date), true);
                yield opening.isAfter(landed) ? opening : landed;
            }
        };
    }

    /** First opening or last closing of a working day. */
    private Instant boundary(LocalDate workingDay, boolean opening) {
        DaySchedule schedule = years.get(workingDay.getYear()).days[workingDay.getDayOfYear() - 1];
        return Instant.ofEpochSecond(clock.epochSecond(workingDay.toEpochDay(),
                opening ? schedule.open() : schedule.close()));
    }

    private static Duration hours(long amount) {
        try {
            return Duration.ofHours(amount);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("amount too large: " + amount + " hours", e);
        }
    }

    private static long toNanos(Duration amount) {
        try {
            return Math.multiplyExact(amount.getSeconds(), NANOS) + amount.getNano();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("working time too large: " + amount, e);
        }
    }
}
