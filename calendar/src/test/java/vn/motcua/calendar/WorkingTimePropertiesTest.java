package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.calendar.CalendarFixtures.NATIONAL;
import static vn.motcua.calendar.CalendarFixtures.SATURDAY_MORNING;
import static vn.motcua.calendar.CalendarFixtures.VN;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/** Properties of due dates, working time and pauses over random receipts in 2024-2026. */
class WorkingTimePropertiesTest {

    private static final NaiveCalendar NATIONAL_ORACLE = new NaiveCalendar(List.of(OfficialCalendars.national()));
    private static final NaiveCalendar SATURDAY_ORACLE = new NaiveCalendar(List.of(OfficialCalendars.national(),
            OfficialCalendars.all().get(OfficialCalendars.SATURDAY_MORNING_ID)));

    @Property
    void workingDaysAgreeWithADayByDayWalk(@ForAll("receipts") LocalDateTime received,
                                           @ForAll @IntRange(max = 90) int days) {
        assertThat(local(NATIONAL.due(instant(received), days, WorkingTimeUnit.WORKING_DAYS)))
                .isEqualTo(NATIONAL_ORACLE.addWorkingDays(received, days));
        assertThat(local(SATURDAY_MORNING.due(instant(received), days, WorkingTimeUnit.WORKING_DAYS)))
                .isEqualTo(SATURDAY_ORACLE.addWorkingDays(received, days));
    }

    @Property
    void workingHoursAgreeWithASessionBySessionWalk(@ForAll("receipts") LocalDateTime received,
                                                    @ForAll @IntRange(max = 700) int hours) {
        assertThat(local(NATIONAL.due(instant(received), hours, WorkingTimeUnit.WORKING_HOURS)))
                .isEqualTo(NATIONAL_ORACLE.addWorkingSeconds(received, hours * 3600L));
        assertThat(local(SATURDAY_MORNING.due(instant(received), hours, WorkingTimeUnit.WORKING_HOURS)))
                .isEqualTo(SATURDAY_ORACLE.addWorkingSeconds(received, hours * 3600L));
    }

    @Property
    void dueLiesOnAWorkingDayInsideASessionOrAtItsEnd(@ForAll("receipts") LocalDateTime received,
                                                      @ForAll @IntRange(max = 90) int amount,
                                                      @ForAll("workingUnits") WorkingTimeUnit unit) {
        LocalDateTime due = local(NATIONAL.due(instant(received), amount, unit));
        assertThat(NATIONAL.isWorkingDay(due.toLocalDate())).isTrue();
        LocalTime time = due.toLocalTime();
        assertThat(NATIONAL_ORACLE.sessionsOn(due.toLocalDate()))
                .anyMatch(s -> !time.isBefore(s.start()) && !time.isAfter(s.end()));
    }

    @Property
    void dueIsMonotonicInTheAmount(@ForAll("receipts") LocalDateTime received, @ForAll @IntRange(max = 89) int amount,
                                   @ForAll WorkingTimeUnit unit) {
        Instant at = instant(received);
        assertThat(NATIONAL.due(at, amount + 1, unit)).isAfterOrEqualTo(NATIONAL.due(at, amount, unit));
        assertThat(SATURDAY_MORNING.due(at, amount + 1, unit)).isAfterOrEqualTo(SATURDAY_MORNING.due(at, amount, unit));
    }

    @Property
    void calendarDaysLandOnAWorkingDayNotBeforeItsOpening(@ForAll("receipts") LocalDateTime received,
                                                         @ForAll @IntRange(max = 90) int days) {
        LocalDateTime start = NATIONAL_ORACLE.effectiveStart(received);
        LocalDateTime due = local(NATIONAL.due(instant(received), days, WorkingTimeUnit.CALENDAR_DAYS));
        assertThat(NATIONAL.isWorkingDay(due.toLocalDate())).isTrue();
        assertThat(due).isAfterOrEqualTo(start.plusDays(days));
        assertThat(due.toLocalTime()).isAfterOrEqualTo(NATIONAL_ORACLE.sessionsOn(due.toLocalDate()).get(0).start());
    }

    @Property
    void workingTimeToAnHourDeadlineIsThoseHours(@ForAll("receipts") LocalDateTime received,
                                                 @ForAll @IntRange(max = 720) int hours) {
        Instant at = instant(received);
        Instant due = NATIONAL.due(at, hours, WorkingTimeUnit.WORKING_HOURS);
        assertThat(NATIONAL.workingTimeBetween(at, due)).isEqualTo(Duration.ofHours(hours));
    }

    @Property
    void workingTimeIsAdditiveAndAntisymmetric(@ForAll("receipts") LocalDateTime a, @ForAll("receipts") LocalDateTime b,
                                               @ForAll("receipts") LocalDateTime c) {
        Duration ab = NATIONAL.workingTimeBetween(instant(a), instant(b));
        Duration bc = NATIONAL.workingTimeBetween(instant(b), instant(c));
        assertThat(ab.plus(bc)).isEqualTo(NATIONAL.workingTimeBetween(instant(a), instant(c)));
        assertThat(NATIONAL.workingTimeBetween(instant(b), instant(a))).isEqualTo(ab.negated());
    }

    @Property
    void pauseWithoutWorkingTimeChangesNothing(@ForAll("receipts") LocalDateTime due,
                                               @ForAll("quietPauses") Interval pause) {
        assertThat(NATIONAL.workingTimeBetween(pause.start(), pause.end())).isZero();
        assertThat(NATIONAL.extend(instant(due), List.of(pause))).isEqualTo(instant(due));
    }

    @Property
    void extendNeverMovesEarlierAndAddsThePausedWorkingTime(@ForAll("receipts") LocalDateTime due,
                                                            @ForAll("pauseLists") List<Interval> pauses) {
        Instant extended = NATIONAL.extend(instant(due), pauses);
        assertThat(extended).isAfterOrEqualTo(instant(due));
        Instant extendedAgain = NATIONAL.extend(instant(due), concat(pauses, pauses));
        assertThat(extendedAgain).as("duplicated pauses count once").isEqualTo(extended);
    }

    @Provide
    Arbitrary<LocalDateTime> receipts() {
        Arbitrary<LocalDate> dates = Arbitraries.longs().between(LocalDate.of(2024, 1, 1).toEpochDay(),
                LocalDate.of(2026, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay);
        Arbitrary<LocalTime> boundaries = Arbitraries.of("07:30", "11:30", "13:30", "17:00", "00:00", "07:29:59",
                "16:59:59", "11:29:59").map(LocalTime::parse);
        Arbitrary<LocalTime> anyTime = Arbitraries.integers().between(0, 86_399).map(LocalTime::ofSecondOfDay);
        Arbitrary<LocalTime> times = Arbitraries.frequencyOf(
                Tuple.of(1, boundaries), Tuple.of(3, anyTime));
        return Combinators.combine(dates, times).as(LocalDateTime::of);
    }

    @Provide
    Arbitrary<WorkingTimeUnit> workingUnits() {
        return Arbitraries.of(WorkingTimeUnit.WORKING_DAYS, WorkingTimeUnit.WORKING_HOURS);
    }

    @Provide
    Arbitrary<Interval> pauses() {
        return Combinators.combine(receipts(), Arbitraries.integers().between(0, 20 * 24 * 60))
                .as((start, minutes) -> new Interval(instant(start), instant(start.plusMinutes(minutes))));
    }

    @Provide
    Arbitrary<List<Interval>> pauseLists() {
        return pauses().list().ofMaxSize(3);
    }

    /** Nights (17:00 to 07:30 next day), lunch breaks and whole days off. */
    @Provide
    Arbitrary<Interval> quietPauses() {
        return receipts().map(LocalDateTime::toLocalDate).map(date -> {
            if (!NATIONAL.isWorkingDay(date)) {
                return new Interval(instant(date.atStartOfDay()), instant(date.plusDays(1).atStartOfDay()));
            }
            return date.getDayOfMonth() % 2 == 0
                    ? new Interval(instant(date.atTime(17, 0)), instant(date.plusDays(1).atTime(7, 30)))
                    : new Interval(instant(date.atTime(11, 30)), instant(date.atTime(13, 30)));
        });
    }

    private static List<Interval> concat(List<Interval> a, List<Interval> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    private static Instant instant(LocalDateTime local) {
        return local.atZone(VN).toInstant();
    }

    private static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, VN);
    }
}
