package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.calendar.CalendarFixtures.NATIONAL;
import static vn.motcua.calendar.CalendarFixtures.vn;
import static vn.motcua.calendar.WorkingTimeUnit.CALENDAR_DAYS;

import org.junit.jupiter.api.Test;

/** Worked examples of CALENDAR_DAYS deadlines and the rules for a last day that is a day off. */
class CalendarDaysTest {

    @Test
    void landingOnAWorkingDayKeepsTheClockTime() {
        assertThat(NATIONAL.due(vn("2025-01-21T10:00"), 2, CALENDAR_DAYS)).isEqualTo(vn("2025-01-23T10:00"));
    }

    @Test
    void landingInTetMovesToTheNextOpeningByDefault() {
        // Tue 21/1/2025 + 5 days = Sun 26/1, inside the Tết break that ends Sun 2/2
        assertThat(NATIONAL.due(vn("2025-01-21T10:00"), 5, CALENDAR_DAYS)).isEqualTo(vn("2025-02-03T07:30"));
    }

    @Test
    void landingOnADayOffCanEndAtTheNextWorkingDaysClose() {
        assertThat(NATIONAL.due(vn("2025-01-21T10:00"), 5, CALENDAR_DAYS, CalendarDayRule.NEXT_WORKING_DAY_END))
                .isEqualTo(vn("2025-02-03T17:00"));
    }

    @Test
    void exactRuleKeepsTheDayOff() {
        assertThat(NATIONAL.due(vn("2025-01-21T10:00"), 5, CALENDAR_DAYS, CalendarDayRule.EXACT))
                .isEqualTo(vn("2025-01-26T10:00"));
    }

    @Test
    void calendarDaysCountFromTheEffectiveStart() {
        // received Saturday night: counted from Monday 07:30, so 2 days later is Wednesday 07:30
        assertThat(NATIONAL.due(vn("2025-03-15T20:00"), 2, CALENDAR_DAYS)).isEqualTo(vn("2025-03-19T07:30"));
        assertThat(NATIONAL.due(vn("2025-03-15T20:00"), 0, CALENDAR_DAYS)).isEqualTo(vn("2025-03-17T07:30"));
    }

    @Test
    void makeUpSaturdayIsAWorkingDayForCalendarDaysToo() {
        assertThat(NATIONAL.due(vn("2025-04-18T10:00"), 8, CALENDAR_DAYS)).isEqualTo(vn("2025-04-26T10:00"));
    }
}
