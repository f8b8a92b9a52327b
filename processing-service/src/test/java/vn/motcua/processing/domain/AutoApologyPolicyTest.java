package vn.motcua.processing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.BusinessCalendar;
import vn.motcua.calendar.OfficialCalendars;

/** The automatic apology's new appointment on the national calendar (holidays and make-up Saturdays included). */
class AutoApologyPolicyTest {
    final BusinessCalendar national = OfficialCalendars.calendar(OfficialCalendars.NATIONAL_ID);
    final AutoApologyPolicy policy = new AutoApologyPolicy(3, Map.of("1.003003", 10));

    @Test
    void threeWorkingDaysAfterTheMissedDateToTheCloseOfTheDay() {
        assertThat(policy.newDueAt(national, "1.000948", at("2025-06-06T17:00:00+07:00"), at("2025-06-06T17:01:00+07:00")))
                .isEqualTo(at("2025-06-11T17:00:00+07:00"));
    }

    @Test
    void countsFromTheDayTheMissWasNoticedWhenThatIsLater() {
        assertThat(policy.newDueAt(national, "1.000948", at("2025-06-06T10:00:00+07:00"), at("2025-06-09T08:00:00+07:00")))
                .isEqualTo(at("2025-06-12T17:00:00+07:00"));
    }

    @Test
    void skipsHolidaysAndCountsTheMakeUpSaturday() {
        // Thursday 24/4/2025 + 3: Friday 25, Saturday 26 (worked, make-up day), Monday 28.
        assertThat(policy.newDueAt(national, "1.000948", at("2025-04-24T17:00:00+07:00"), at("2025-04-24T17:00:00+07:00")))
                .isEqualTo(at("2025-04-28T17:00:00+07:00"));
        // Tuesday 29/4/2025 + 3: 30/4, 1/5, 2/5 off, weekend → Monday 5, Tuesday 6, Wednesday 7 May.
        assertThat(policy.newDueAt(national, "1.000948", at("2025-04-29T17:00:00+07:00"), at("2025-04-29T17:00:00+07:00")))
                .isEqualTo(at("2025-05-07T17:00:00+07:00"));
    }

    @Test
    void perProcedureOverride() {
        assertThat(policy.extensionDays("1.003003")).isEqualTo(10);
        assertThat(policy.extensionDays("other")).isEqualTo(3);
    }

    static Instant at(String iso) {
        return OffsetDateTime.parse(iso).toInstant();
    }
}
