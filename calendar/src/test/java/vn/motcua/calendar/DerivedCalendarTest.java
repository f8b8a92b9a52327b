package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.calendar.CalendarFixtures.SATURDAY_MORNING;
import static vn.motcua.calendar.CalendarFixtures.calendar;
import static vn.motcua.calendar.CalendarFixtures.session;
import static vn.motcua.calendar.CalendarFixtures.vn;
import static vn.motcua.calendar.WorkingTimeUnit.WORKING_DAYS;
import static vn.motcua.calendar.WorkingTimeUnit.WORKING_HOURS;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A calendar based on the national one: own sessions, inherited and overridden exceptions. */
class DerivedCalendarTest {

    @Test
    void saturdayMorningIsAWorkingDayUntilHalfPastEleven() {
        // Fri 16:00 + 1 day = Saturday, whose only session ends 11:30 before 16:00: the day's close
        assertThat(SATURDAY_MORNING.due(vn("2025-03-14T16:00"), 1, WORKING_DAYS)).isEqualTo(vn("2025-03-15T11:30"));
        assertThat(SATURDAY_MORNING.due(vn("2025-03-14T16:00"), 2, WORKING_DAYS)).isEqualTo(vn("2025-03-17T16:00"));
        assertThat(SATURDAY_MORNING.due(vn("2025-03-15T10:00"), 1, WORKING_DAYS)).isEqualTo(vn("2025-03-17T10:00"));
        assertThat(SATURDAY_MORNING.effectiveStart(vn("2025-03-15T12:00"))).isEqualTo(vn("2025-03-17T07:30"));
    }

    @Test
    void saturdayMorningCountsFourWorkingHours() {
        assertThat(SATURDAY_MORNING.due(vn("2025-03-14T16:00"), 5, WORKING_HOURS)).isEqualTo(vn("2025-03-15T11:30"));
    }

    @Test
    void nationalHolidaysAndMakeUpDaysAreInherited() {
        assertThat(SATURDAY_MORNING.isWorkingDay(LocalDate.parse("2025-01-27"))).isFalse();
        assertThat(SATURDAY_MORNING.isWorkingDay(LocalDate.parse("2024-02-10"))).isFalse();
        // the make-up Saturday is a full day, as announced, not the counter's usual morning
        assertThat(SATURDAY_MORNING.due(vn("2025-04-25T15:00"), 1, WORKING_DAYS)).isEqualTo(vn("2025-04-26T15:00"));
    }

    @Test
    void ownExceptionOverridesTheInheritedOne() {
        CalendarDefinition local = calendar("province-x").basedOn(OfficialCalendars.NATIONAL_ID)
                .workingDay("2025-01-27").dayOff("2025-03-17").definition();
        Map<String, CalendarDefinition> known = OfficialCalendars.all();
        BusinessCalendar province = BusinessCalendar.of(local, id -> Optional.ofNullable(known.get(id)));

        assertThat(province.isWorkingDay(LocalDate.parse("2025-01-27"))).isTrue();
        assertThat(province.isWorkingDay(LocalDate.parse("2025-01-28"))).isFalse();
        assertThat(province.isWorkingDay(LocalDate.parse("2025-03-17"))).isFalse();
        // no own sessions: the national sessions apply, so 27/1 (a Monday) is worked 07:30-17:00
        assertThat(province.effectiveStart(vn("2025-01-27T13:00"))).isEqualTo(vn("2025-01-27T13:30"));
    }

    @Test
    void workingDayWithoutSessionsOnAnEmptyWeekdayUsesMondays() {
        BusinessCalendar calendar = calendar("c").day(DayOfWeek.MONDAY, session("08:00", "12:00"))
                .workingDay("2025-03-15").build();
        assertThat(calendar.effectiveStart(vn("2025-03-15T07:00"))).isEqualTo(vn("2025-03-15T08:00"));
    }

    @Test
    void nextAndPreviousWorkingDayAroundTet() {
        assertThat(CalendarFixtures.NATIONAL.nextWorkingDay(LocalDate.parse("2025-01-24")))
                .isEqualTo(LocalDate.parse("2025-02-03"));
        assertThat(CalendarFixtures.NATIONAL.previousWorkingDay(LocalDate.parse("2025-02-03")))
                .isEqualTo(LocalDate.parse("2025-01-24"));
        assertThat(CalendarFixtures.NATIONAL.nextWorkingDay(LocalDate.parse("2024-12-31")))
                .isEqualTo(LocalDate.parse("2025-01-02"));
        assertThat(CalendarFixtures.NATIONAL.previousWorkingDay(LocalDate.parse("2025-01-02")))
                .isEqualTo(LocalDate.parse("2024-12-31"));
    }
}
