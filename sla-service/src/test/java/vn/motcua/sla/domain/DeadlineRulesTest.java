package vn.motcua.sla.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.BusinessCalendar;
import vn.motcua.calendar.OfficialCalendars;
import vn.motcua.support.time.VnTime;

/** Outcome at date level, the warning instant and the statistics' sub-periods, without the service. */
class DeadlineRulesTest {
    private static final BusinessCalendar NATIONAL = OfficialCalendars.calendar("vn-national");

    private static Instant vn(String local) {
        return LocalDateTime.parse(local).atZone(VnTime.ZONE).toInstant();
    }

    @Test
    void outcomeComparesDatesInVietnam() {
        Instant due = vn("2026-03-09T08:00");
        assertThat(Outcome.of(vn("2026-03-08T23:59"), due, false, false, 1)).isEqualTo(Outcome.EARLY);
        assertThat(Outcome.of(vn("2026-03-09T16:30"), due, false, false, 1)).isEqualTo(Outcome.ON_TIME);
        assertThat(Outcome.of(vn("2026-03-10T00:00"), due, false, false, 1)).isEqualTo(Outcome.LATE);
        // 2026-03-09T23:30 in Vietnam is still the 9th although it is 16:30 UTC
        assertThat(Outcome.of(vn("2026-03-09T23:30"), due, false, false, 0)).isEqualTo(Outcome.ON_TIME);
    }

    @Test
    void withdrawnAndNoDeadlineAreOnTimeRescheduledAndSecondSupplementAreLate() {
        Instant due = vn("2026-03-09T08:00");
        assertThat(Outcome.of(vn("2026-04-01T08:00"), due, true, true, 3)).isEqualTo(Outcome.ON_TIME);
        assertThat(Outcome.of(vn("2026-04-01T08:00"), null, false, false, 0)).isEqualTo(Outcome.ON_TIME);
        assertThat(Outcome.of(vn("2026-03-05T08:00"), due, false, true, 0)).isEqualTo(Outcome.LATE);
        assertThat(Outcome.of(vn("2026-03-05T08:00"), due, false, false, 2)).isEqualTo(Outcome.LATE);
    }

    @Test
    void warningIsOneWorkingDayBeforeTheDue() {
        assertThat(DeadlineRules.warnAt(vn("2026-03-09T08:00"), NATIONAL, 1)).isEqualTo(vn("2026-03-06T08:00"));
        assertThat(DeadlineRules.warnAt(vn("2026-03-11T16:00"), NATIONAL, 2)).isEqualTo(vn("2026-03-09T16:00"));
        // Monday 23/2/2026 after Tết (16-20/2 off): the working day before is Friday 13/2
        assertThat(DeadlineRules.warnAt(vn("2026-02-23T10:00"), NATIONAL, 1)).isEqualTo(vn("2026-02-13T10:00"));
    }

    @Test
    void theApologyIsInTimeUntilOneWorkingDayBeforeTheCurrentAppointmentInEpisodeOneOnly() {
        TrackedDossier d = new TrackedDossier();
        d.episode = 1;
        d.currentDueAt = vn("2026-02-23T10:00");
        // Tết 16-20/2/2026 is off: the working day before Monday 23/2 is Friday 13/2
        assertThat(DeadlineRules.apologyDeadline(d, NATIONAL)).isEqualTo(vn("2026-02-13T10:00"));
        d.currentDueAt = vn("2026-03-09T08:00");
        assertThat(DeadlineRules.apologyDeadline(d, NATIONAL)).isEqualTo(vn("2026-03-06T08:00"));
        // the default lead of two working days leaves the officer a working day to send it in time
        assertThat(DeadlineRules.warnAt(d.currentDueAt, NATIONAL, 2)).isEqualTo(vn("2026-03-05T08:00"));
        d.episode = 2;
        assertThat(DeadlineRules.apologyDeadline(d, NATIONAL)).as("no second new appointment").isNull();
        d.episode = 1;
        d.currentDueAt = null;
        assertThat(DeadlineRules.apologyDeadline(d, NATIONAL)).isNull();
    }

    @Test
    void monthlyBucketsAreClippedToThePeriod() {
        List<StatsBucket> buckets = StatsBucket.of(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 3, 10), GroupBy.MONTH,
                VnTime.ZONE);
        assertThat(buckets).extracting(StatsBucket::key).containsExactly("2026-01", "2026-02", "2026-03");
        assertThat(buckets.get(0).start()).isEqualTo(vn("2026-01-15T00:00"));
        assertThat(buckets.get(2).end()).isEqualTo(vn("2026-03-11T00:00"));
        assertThat(StatsBucket.of(LocalDate.of(2025, 11, 1), LocalDate.of(2026, 2, 1), GroupBy.QUARTER, VnTime.ZONE))
                .extracting(StatsBucket::key).containsExactly("2025-Q4", "2026-Q1");
        assertThat(StatsBucket.of(LocalDate.of(2025, 11, 1), LocalDate.of(2026, 2, 1), GroupBy.AGENCY, VnTime.ZONE))
                .hasSize(1);
    }

    @Test
    void rateIsAPercentWithOneDecimal() {
        assertThat(StatsRow.rate(1, 1, 3)).hasToString("66.7");
        assertThat(StatsRow.rate(0, 0, 0)).isNull();
        assertThat(StatsRow.rate(5, 0, 5)).hasToString("100.0");
    }
}
