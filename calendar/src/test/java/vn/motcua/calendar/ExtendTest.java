package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.calendar.CalendarFixtures.NATIONAL;
import static vn.motcua.calendar.CalendarFixtures.vn;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples of moving a due date by paused periods (supplement, fees). */
class ExtendTest {

    private static final Instant DUE = vn("2025-05-08T10:00");

    @Test
    void pauseOverHolidaysCountsOnlyItsWorkingTime() {
        // paused Tue 29/4 07:30 - Tue 6/5 07:30: 29/4 and Mon 5/5 are worked (2 x 7.5h); 30/4-4/5 are off.
        // Thu 8/5 10:00 + 15h: Thu 5h, Fri 7.5h, Mon 12/5 07:30 + 2.5h
        Interval pause = new Interval(vn("2025-04-29T07:30"), vn("2025-05-06T07:30"));
        assertThat(NATIONAL.extend(DUE, List.of(pause))).isEqualTo(vn("2025-05-12T10:00"));
    }

    @Test
    void overlappingPausesCountOnce() {
        List<Interval> pauses = List.of(new Interval(vn("2025-05-05T09:00"), vn("2025-05-06T07:30")),
                new Interval(vn("2025-04-29T07:30"), vn("2025-05-05T12:00")));
        assertThat(NATIONAL.extend(DUE, pauses)).isEqualTo(vn("2025-05-12T10:00"));
    }

    @Test
    void pauseOutsideWorkingTimeChangesNothing() {
        Interval weekend = new Interval(vn("2025-05-03T08:00"), vn("2025-05-04T20:00"));
        assertThat(NATIONAL.extend(vn("2025-05-08T17:00"), List.of(weekend))).isEqualTo(vn("2025-05-08T17:00"));
        assertThat(NATIONAL.extend(DUE, List.of())).isEqualTo(DUE);
    }

    @Test
    void dueAtClosingTimeMovesIntoTheNextDay() {
        Interval hour = new Interval(vn("2025-05-06T08:00"), vn("2025-05-06T09:00"));
        assertThat(NATIONAL.extend(vn("2025-05-08T17:00"), List.of(hour))).isEqualTo(vn("2025-05-09T08:30"));
    }

    @Test
    void intervalMustNotEndBeforeItStarts() {
        assertThatThrownBy(() -> new Interval(vn("2025-05-06T09:00"), vn("2025-05-06T08:00")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
