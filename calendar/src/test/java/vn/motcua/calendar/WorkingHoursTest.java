package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.calendar.CalendarFixtures.NATIONAL;
import static vn.motcua.calendar.CalendarFixtures.vn;
import static vn.motcua.calendar.WorkingTimeUnit.WORKING_HOURS;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Worked examples of WORKING_HOURS deadlines and working-time measurement (a full day is 7.5 hours). */
class WorkingHoursTest {

    @Test
    void hoursRunAcrossLunchAndNight() {
        // Mon 10:00-11:30 (1.5h) + 13:30-17:00 (3.5h) = 5h, then Tue 07:30 + 3h
        assertThat(NATIONAL.due(vn("2025-03-17T10:00"), 8, WORKING_HOURS)).isEqualTo(vn("2025-03-18T10:30"));
        // 11:00-11:30 is half an hour, the other half after lunch
        assertThat(NATIONAL.due(vn("2025-03-17T11:00"), 1, WORKING_HOURS)).isEqualTo(vn("2025-03-17T14:00"));
    }

    @Test
    void deadlineThatExhaustsTheDayIsItsClosingTime() {
        assertThat(NATIONAL.addWorkingTime(vn("2025-03-17T07:30"), Duration.ofMinutes(450)))
                .isEqualTo(vn("2025-03-17T17:00"));
        assertThat(NATIONAL.addWorkingTime(vn("2025-03-17T07:30"), Duration.ofHours(4)))
                .isEqualTo(vn("2025-03-17T11:30"));
    }

    @Test
    void hoursOverWeekendAndNight() {
        // Fri 16:00-17:00 (1h), Mon 07:30 + 1h
        assertThat(NATIONAL.due(vn("2025-03-14T16:00"), 2, WORKING_HOURS)).isEqualTo(vn("2025-03-17T08:30"));
        // received Saturday: counted from Monday 07:30
        assertThat(NATIONAL.due(vn("2025-03-15T20:00"), 1, WORKING_HOURS)).isEqualTo(vn("2025-03-17T08:30"));
    }

    @Test
    void zeroHoursIsTheEffectiveStart() {
        assertThat(NATIONAL.due(vn("2025-03-17T12:10"), 0, WORKING_HOURS)).isEqualTo(vn("2025-03-17T13:30"));
        assertThat(NATIONAL.addWorkingTime(vn("2025-03-17T12:10"), Duration.ZERO)).isEqualTo(vn("2025-03-17T13:30"));
    }

    @Test
    void hoursAcrossYearEnd() {
        // Wed 31/12/2025 16:00 (1h); 1/1 holiday, 2/1 swapped, weekend; Mon 5/1/2026 07:30 + 1h
        assertThat(NATIONAL.due(vn("2025-12-31T16:00"), 2, WORKING_HOURS)).isEqualTo(vn("2026-01-05T08:30"));
    }

    @Test
    void workingTimeBetweenCountsOnlySessions() {
        assertThat(NATIONAL.workingTimeBetween(vn("2025-03-14T16:00"), vn("2025-03-17T08:30")))
                .isEqualTo(Duration.ofHours(2));
        assertThat(NATIONAL.workingTimeBetween(vn("2025-03-17T00:00"), vn("2025-03-18T00:00")))
                .isEqualTo(Duration.ofMinutes(450));
        assertThat(NATIONAL.workingTimeBetween(vn("2025-03-17T12:00"), vn("2025-03-17T13:00")))
                .isEqualTo(Duration.ZERO);
    }

    @Test
    void workingTimeBetweenIsNegativeWhenReversed() {
        assertThat(NATIONAL.workingTimeBetween(vn("2025-03-17T08:30"), vn("2025-03-14T16:00")))
                .isEqualTo(Duration.ofHours(-2));
    }

    @Test
    void workingTimeOverAYearAndMore() {
        // 2025 has 250 working days of 7.5h: 261 weekdays - 12 weekday holidays/swaps + 1 make-up Saturday
        assertThat(NATIONAL.workingTimeBetween(vn("2025-01-01T00:00"), vn("2026-01-01T00:00")))
                .isEqualTo(Duration.ofMinutes(250L * 450));
    }

    @Test
    void negativeDurationIsRejected() {
        assertThatThrownBy(() -> NATIONAL.addWorkingTime(vn("2025-03-17T10:00"), Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
