package vn.motcua.processing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.BusinessCalendar;
import vn.motcua.calendar.OfficialCalendars;

/** Working days between when an action happened and when it was recorded, and who may exceed the window. */
class BackdatingWindowTest {
    private static final BusinessCalendar NATIONAL = OfficialCalendars.calendar(OfficialCalendars.NATIONAL_ID);
    private static final BackdatingWindow TWO = new BackdatingWindow(2);
    // Friday 2025-05-30 09:00 +07:00; Monday 2025-06-02; Tuesday 2025-06-03; Wednesday 2025-06-04
    private static final Instant FRIDAY = Instant.parse("2025-05-30T02:00:00Z");

    @Test
    void workingDaysLateCountsTheWorkingDaysAfterTheDayItHappenedUpToTheDayItWasRecorded() {
        assertThat(late(FRIDAY, "2025-05-30T10:00:00Z")).isZero();
        assertThat(late(FRIDAY, "2025-06-01T03:00:00Z")).as("the weekend does not count").isZero();
        assertThat(late(FRIDAY, "2025-06-02T03:00:00Z")).isEqualTo(1);
        assertThat(late(FRIDAY, "2025-06-03T16:59:00Z")).as("Tuesday 23:59 +07:00").isEqualTo(2);
        assertThat(late(FRIDAY, "2025-06-04T01:00:00Z")).isEqualTo(3);
    }

    @Test
    void beyondTheWindowOnlyALeaderMayRecord() {
        Instant wednesday = Instant.parse("2025-06-04T01:00:00Z");
        Audit officer = new Audit("officer", FRIDAY, wednesday, "receivedAt");
        assertThatThrownBy(() -> TWO.check(officer, 3)).isInstanceOfSatisfying(BackdatingRefused.class, e -> {
            assertThat(e.field()).isEqualTo("receivedAt");
            assertThat(e.rule()).isEqualTo("an action recorded more than 2 working days after it happened needs a leader");
        });
        TWO.check(officer, 2);
        TWO.check(new Audit("leader", FRIDAY, wednesday, "occurredAt", true), 3);
        BackdatingWindow.NONE.check(officer, 10_000);
    }

    private static int late(Instant happened, String recorded) {
        return BackdatingWindow.workingDaysLate(new Audit("a", happened, Instant.parse(recorded), "occurredAt"), NATIONAL);
    }
}
