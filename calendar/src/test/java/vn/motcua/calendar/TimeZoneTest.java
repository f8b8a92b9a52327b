package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.calendar.CalendarFixtures.at;
import static vn.motcua.calendar.CalendarFixtures.calendar;
import static vn.motcua.calendar.CalendarFixtures.session;
import static vn.motcua.calendar.WorkingTimeUnit.CALENDAR_DAYS;
import static vn.motcua.calendar.WorkingTimeUnit.WORKING_DAYS;
import static vn.motcua.calendar.WorkingTimeUnit.WORKING_HOURS;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Arithmetic in a zone with daylight saving time is done in local time (Europe/Berlin: 30/3 and 26/10/2025). */
class TimeZoneTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final BusinessCalendar OFFICE = calendar("berlin").zone("Europe/Berlin").officeHours().build();

    @Test
    void workingDaysKeepTheLocalClockTimeAcrossTheSpringChange() {
        assertThat(OFFICE.due(at("2025-03-28T10:00", BERLIN), 1, WORKING_DAYS)).isEqualTo(at("2025-03-31T10:00", BERLIN));
        assertThat(OFFICE.due(at("2025-10-24T16:00", BERLIN), 1, WORKING_DAYS)).isEqualTo(at("2025-10-27T16:00", BERLIN));
    }

    @Test
    void workingHoursAndOpeningsUseLocalSessions() {
        assertThat(OFFICE.due(at("2025-03-28T16:00", BERLIN), 2, WORKING_HOURS)).isEqualTo(at("2025-03-31T08:30", BERLIN));
        assertThat(OFFICE.effectiveStart(at("2025-03-29T10:00", BERLIN))).isEqualTo(at("2025-03-31T07:30", BERLIN));
        assertThat(OFFICE.due(at("2025-03-29T10:00", BERLIN), 2, CALENDAR_DAYS)).isEqualTo(at("2025-04-02T07:30", BERLIN));
    }

    @Test
    void sessionsOverTheChangeCountRealElapsedTime() {
        // 01:00-04:00 local is 2 real hours on 30/3 (02:00-03:00 does not exist) and 4 on 26/10 (02:00-03:00 twice)
        BusinessCalendar night = calendar("night").zone("Europe/Berlin")
                .day(DayOfWeek.SUNDAY, session("01:00", "04:00")).build();
        assertThat(night.workingTimeBetween(at("2025-03-30T00:00", BERLIN), at("2025-03-31T00:00", BERLIN)))
                .isEqualTo(Duration.ofHours(2));
        assertThat(night.workingTimeBetween(at("2025-10-26T00:00", BERLIN), at("2025-10-27T00:00", BERLIN)))
                .isEqualTo(Duration.ofHours(4));
        assertThat(night.due(at("2025-03-30T00:00", BERLIN), 2, WORKING_HOURS)).isEqualTo(at("2025-03-30T04:00", BERLIN));
    }

    @Test
    void zoneIsExposed() {
        assertThat(OFFICE.zone()).isEqualTo(BERLIN);
        assertThat(OFFICE.id()).isEqualTo("berlin");
        assertThat(CalendarFixtures.NATIONAL.zone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
    }
}
