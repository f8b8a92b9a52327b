package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.calendar.CalendarFixtures.NATIONAL;
import static vn.motcua.calendar.CalendarFixtures.vn;

import org.junit.jupiter.api.Test;

/**
 * The last moment an apology is in time: one working day before the appointment, at the same clock time, on the
 * national calendar with its holidays, swapped days and make-up Saturdays (worked by hand from the announcements).
 */
class WorkingDaysBeforeTest {

    @Test
    void anOrdinaryWeekIsTheDayBefore() {
        assertThat(NATIONAL.workingDaysBefore(vn("2025-03-20T10:00"), 1)).isEqualTo(vn("2025-03-19T10:00"));
        assertThat(NATIONAL.workingDaysBefore(vn("2025-03-21T17:00"), 1)).isEqualTo(vn("2025-03-20T17:00"));
    }

    @Test
    void aMondayAppointmentIsInTimeOnFriday() {
        assertThat(NATIONAL.workingDaysBefore(vn("2025-03-17T09:00"), 1)).isEqualTo(vn("2025-03-14T09:00"));
        assertThat(NATIONAL.workingDaysBefore(vn("2025-03-17T09:00"), 2)).isEqualTo(vn("2025-03-13T09:00"));
    }

    @Test
    void theMakeUpSaturdayCounts() {
        // 2025: Sat 26/4 is worked to make up Fri 2/5 (Thông báo 6150/TB-LĐTBXH)
        assertThat(NATIONAL.workingDaysBefore(vn("2025-04-28T10:00"), 1)).isEqualTo(vn("2025-04-26T10:00"));
    }

    @Test
    void theHolidaysAndTheSwappedDayDoNot() {
        // 30/4, 1/5 holidays, Fri 2/5 swapped, then the weekend: a Monday 5/5 appointment is in time on Tue 29/4
        assertThat(NATIONAL.workingDaysBefore(vn("2025-05-05T10:00"), 1)).isEqualTo(vn("2025-04-29T10:00"));
        assertThat(NATIONAL.workingDaysBefore(vn("2025-05-05T10:00"), 2)).isEqualTo(vn("2025-04-28T10:00"));
        assertThat(NATIONAL.workingDaysBefore(vn("2025-05-05T10:00"), 3)).isEqualTo(vn("2025-04-26T10:00"));
    }

    @Test
    void tetIsSkippedWhole() {
        // Tết Bính Ngọ: off Sat 14/2 - Sun 22/2/2026 (Thông báo 9441/TB-BNV)
        assertThat(NATIONAL.workingDaysBefore(vn("2026-02-23T08:00"), 1)).isEqualTo(vn("2026-02-13T08:00"));
        assertThat(NATIONAL.workingDaysBefore(vn("2026-02-24T08:00"), 1)).isEqualTo(vn("2026-02-23T08:00"));
    }

    @Test
    void anAppointmentOnADayOffCountsFromThatDate() {
        // a Saturday appointment (a calendar-days procedure): Friday is the day before
        assertThat(NATIONAL.workingDaysBefore(vn("2025-03-22T09:00"), 1)).isEqualTo(vn("2025-03-21T09:00"));
    }

    @Test
    void aTimeOutsideTheDaysHoursIsKeptWithinThem() {
        assertThat(NATIONAL.workingDaysBefore(vn("2025-03-20T19:00"), 1)).isEqualTo(vn("2025-03-19T17:00"));
        assertThat(NATIONAL.workingDaysBefore(vn("2025-03-20T06:00"), 1)).isEqualTo(vn("2025-03-19T07:30"));
    }

    @Test
    void zeroIsTheInstantAndNegativeIsRefused() {
        assertThat(NATIONAL.workingDaysBefore(vn("2025-03-20T10:00"), 0)).isEqualTo(vn("2025-03-20T10:00"));
        assertThatThrownBy(() -> NATIONAL.workingDaysBefore(vn("2025-03-20T10:00"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
