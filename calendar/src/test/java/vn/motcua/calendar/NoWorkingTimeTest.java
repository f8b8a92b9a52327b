package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.calendar.CalendarFixtures.calendar;
import static vn.motcua.calendar.CalendarFixtures.session;
import static vn.motcua.calendar.CalendarFixtures.vn;
import static vn.motcua.calendar.WorkingTimeUnit.WORKING_DAYS;
import static vn.motcua.calendar.WorkingTimeUnit.WORKING_HOURS;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Calendars without working time fail with a clear error after a bounded search instead of looping. */
class NoWorkingTimeTest {

    private static final BusinessCalendar CLOSED = calendar("closed").build();

    @Test
    void calendarWithoutSessionsThrows() {
        assertThatThrownBy(() -> CLOSED.due(vn("2025-03-14T16:00"), 3, WORKING_DAYS))
                .isInstanceOf(NoWorkingTimeException.class).hasMessageContaining("closed").hasMessageContaining("5 years");
        assertThatThrownBy(() -> CLOSED.due(vn("2025-03-14T16:00"), 3, WORKING_HOURS))
                .isInstanceOf(NoWorkingTimeException.class);
        assertThatThrownBy(() -> CLOSED.effectiveStart(vn("2025-03-14T16:00"))).isInstanceOf(NoWorkingTimeException.class);
        assertThatThrownBy(() -> CLOSED.previousWorkingDay(LocalDate.parse("2025-03-14")))
                .isInstanceOf(NoWorkingTimeException.class);
    }

    @Test
    void singleWorkingDayIsFoundButNothingBeyondIt() {
        BusinessCalendar once = calendar("once").workingDay("2027-06-01", session("08:00", "12:00")).build();
        assertThat(once.effectiveStart(vn("2025-03-14T16:00"))).isEqualTo(vn("2027-06-01T08:00"));
        assertThat(once.workingTimeBetween(vn("2020-01-01T00:00"), vn("2030-01-01T00:00"))).isEqualTo(Duration.ofHours(4));
        assertThatThrownBy(() -> once.due(vn("2025-03-14T16:00"), 1, WORKING_DAYS))
                .isInstanceOf(NoWorkingTimeException.class);
    }
}
