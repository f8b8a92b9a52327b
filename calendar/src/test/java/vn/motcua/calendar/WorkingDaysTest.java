package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.calendar.CalendarFixtures.NATIONAL;
import static vn.motcua.calendar.CalendarFixtures.vn;
import static vn.motcua.calendar.WorkingTimeUnit.WORKING_DAYS;

import org.junit.jupiter.api.Test;

/** Worked examples of WORKING_DAYS deadlines on the national calendar, written from the rules. */
class WorkingDaysTest {

    @Test
    void fridayAfternoonPlusThreeDaysIsWednesdaySameTime() {
        assertThat(NATIONAL.due(vn("2025-03-14T16:00"), 3, WORKING_DAYS)).isEqualTo(vn("2025-03-19T16:00"));
    }

    @Test
    void saturdayReceiptCountsFromMondayOpening() {
        assertThat(NATIONAL.effectiveStart(vn("2025-03-15T09:00"))).isEqualTo(vn("2025-03-17T07:30"));
        assertThat(NATIONAL.due(vn("2025-03-15T09:00"), 1, WORKING_DAYS)).isEqualTo(vn("2025-03-18T07:30"));
    }

    @Test
    void lunchBreakReceiptCountsFromAfternoonOpening() {
        assertThat(NATIONAL.effectiveStart(vn("2025-03-18T12:00"))).isEqualTo(vn("2025-03-18T13:30"));
        assertThat(NATIONAL.due(vn("2025-03-18T12:00"), 2, WORKING_DAYS)).isEqualTo(vn("2025-03-20T13:30"));
    }

    @Test
    void receiptAfterClosingCountsFromNextMorning() {
        assertThat(NATIONAL.due(vn("2025-03-18T17:30"), 1, WORKING_DAYS)).isEqualTo(vn("2025-03-20T07:30"));
    }

    @Test
    void sessionEndIsOutsideWorkingTime() {
        assertThat(NATIONAL.effectiveStart(vn("2025-03-18T17:00"))).isEqualTo(vn("2025-03-19T07:30"));
        assertThat(NATIONAL.effectiveStart(vn("2025-03-18T11:30"))).isEqualTo(vn("2025-03-18T13:30"));
        assertThat(NATIONAL.effectiveStart(vn("2025-03-18T07:30"))).isEqualTo(vn("2025-03-18T07:30"));
        assertThat(NATIONAL.effectiveStart(vn("2025-03-18T16:59:59"))).isEqualTo(vn("2025-03-18T16:59:59"));
    }

    @Test
    void zeroDaysIsTheEffectiveStart() {
        assertThat(NATIONAL.due(vn("2025-03-15T09:00"), 0, WORKING_DAYS)).isEqualTo(vn("2025-03-17T07:30"));
        assertThat(NATIONAL.due(vn("2025-03-17T09:00"), 0, WORKING_DAYS)).isEqualTo(vn("2025-03-17T09:00"));
    }

    @Test
    void spanAcrossTet2025SkipsTheNineDayBreak() {
        // Tết Ất Tỵ: off Sat 25/1 - Sun 2/2/2025 (Thông báo 6150/TB-LĐTBXH)
        assertThat(NATIONAL.due(vn("2025-01-23T10:00"), 3, WORKING_DAYS)).isEqualTo(vn("2025-02-04T10:00"));
    }

    @Test
    void spanAcrossTet2026SkipsTheNineDayBreak() {
        // Tết Bính Ngọ: off Sat 14/2 - Sun 22/2/2026 (Thông báo 9441/TB-BNV)
        assertThat(NATIONAL.due(vn("2026-02-12T10:00"), 3, WORKING_DAYS)).isEqualTo(vn("2026-02-24T10:00"));
    }

    @Test
    void makeUpSaturdayCountsAsWorkingDay() {
        // Sat 26/4/2025 is worked in exchange for Fri 2/5/2025
        assertThat(NATIONAL.due(vn("2025-04-24T10:00"), 2, WORKING_DAYS)).isEqualTo(vn("2025-04-26T10:00"));
        assertThat(NATIONAL.due(vn("2025-04-24T10:00"), 3, WORKING_DAYS)).isEqualTo(vn("2025-04-28T10:00"));
        assertThat(NATIONAL.due(vn("2025-04-24T10:00"), 5, WORKING_DAYS)).isEqualTo(vn("2025-05-05T10:00"));
    }

    @Test
    void holidayOnSundayGivesCompensatoryMonday() {
        // Giỗ Tổ Hùng Vương 2026 is Sunday 26/4, so Monday 27/4 is off (Labour Code art. 111(3))
        assertThat(NATIONAL.due(vn("2026-04-24T10:00"), 1, WORKING_DAYS)).isEqualTo(vn("2026-04-28T10:00"));
        assertThat(NATIONAL.due(vn("2026-04-24T10:00"), 3, WORKING_DAYS)).isEqualTo(vn("2026-05-04T10:00"));
    }

    @Test
    void spanAcrossNewYearWithSwappedDay() {
        // 1/1/2026 holiday, Fri 2/1 swapped for Sat 10/1
        assertThat(NATIONAL.due(vn("2025-12-29T10:00"), 3, WORKING_DAYS)).isEqualTo(vn("2026-01-05T10:00"));
        assertThat(NATIONAL.due(vn("2026-01-08T10:00"), 2, WORKING_DAYS)).isEqualTo(vn("2026-01-10T10:00"));
    }

    @Test
    void ninetyWorkingDaysAcrossTet() {
        // after Thu 2/1/2025: January 16 (Tết from 27/1), February 20, March 21 -> 57; April 1-25 without
        // Hùng Kings 7/4: 18 -> 75; Sat 26/4 -> 76; 28-29/4 -> 78; 30/4-4/5 off; May 5-16: 10 -> 88; 19, 20 May -> 90
        assertThat(NATIONAL.due(vn("2025-01-02T09:15"), 90, WORKING_DAYS)).isEqualTo(vn("2025-05-20T09:15"));
    }

    @Test
    void negativeAmountIsRejected() {
        assertThatThrownBy(() -> NATIONAL.due(vn("2025-03-14T16:00"), -1, WORKING_DAYS))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
