package vn.motcua.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.motcua.reporting.ReportPeriod.Kind;

/** The report periods: their dates and their titles as the provinces write them. */
class ReportPeriodTest {

    private static void assertPeriod(ReportPeriod p, String start, String end, String label) {
        assertThat(p.start()).isEqualTo(LocalDate.parse(start));
        assertThat(p.end()).isEqualTo(LocalDate.parse(end));
        assertThat(p.label()).isEqualTo(label);
    }

    @Test
    void datesAndTitles() {
        assertPeriod(new ReportPeriod(Kind.MONTH, 2026, 11), "2026-11-01", "2026-11-30", "Tháng 11 năm 2026");
        assertPeriod(new ReportPeriod(Kind.MONTH, 2028, 2), "2028-02-01", "2028-02-29", "Tháng 2 năm 2028");
        assertPeriod(new ReportPeriod(Kind.QUARTER, 2026, 4), "2026-10-01", "2026-12-31", "Quý IV năm 2026");
        assertPeriod(new ReportPeriod(Kind.QUARTER, 2026, 3), "2026-07-01", "2026-09-30", "Quý III năm 2026");
        assertPeriod(new ReportPeriod(Kind.HALF, 2026, 1), "2026-01-01", "2026-06-30", "6 tháng đầu năm 2026");
        assertPeriod(new ReportPeriod(Kind.HALF, 2026, 2), "2026-07-01", "2026-12-31", "6 tháng cuối năm 2026");
        assertPeriod(new ReportPeriod(Kind.NINE_MONTHS, 2026, 0), "2026-01-01", "2026-09-30", "9 tháng năm 2026");
        assertPeriod(new ReportPeriod(Kind.YEAR, 2026, 0), "2026-01-01", "2026-12-31", "Năm 2026");
        assertThat(new ReportPeriod(Kind.QUARTER, 2026, 4).slug()).isEqualTo("2026-Q4");
    }

    @Test
    void kindsAndNumbers() {
        assertThat(Kind.parse(" Nine-Months ")).contains(Kind.NINE_MONTHS);
        assertThat(Kind.parse("week")).isEmpty();
        assertThatThrownBy(() -> new ReportPeriod(Kind.QUARTER, 2026, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportPeriod(Kind.YEAR, 2026, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void decree09sPeriodRunsFromThe15thOfTheMonthBeforeToThe14thOfItsLastMonth() {
        assertPeriod(new ReportPeriod(Kind.MONTH, 2026, 3, ReportPeriod.Cutoff.DECREE_09), "2026-02-15", "2026-03-14",
                "Tháng 3 năm 2026");
        assertPeriod(new ReportPeriod(Kind.MONTH, 2026, 1, ReportPeriod.Cutoff.DECREE_09), "2025-12-15", "2026-01-14",
                "Tháng 1 năm 2026");
        assertPeriod(new ReportPeriod(Kind.QUARTER, 2026, 2, ReportPeriod.Cutoff.DECREE_09), "2026-03-15",
                "2026-06-14", "Quý II năm 2026");
        assertPeriod(new ReportPeriod(Kind.HALF, 2026, 2, ReportPeriod.Cutoff.DECREE_09), "2026-06-15", "2026-12-14",
                "6 tháng cuối năm 2026");
        assertPeriod(new ReportPeriod(Kind.NINE_MONTHS, 2026, 0, ReportPeriod.Cutoff.DECREE_09), "2025-12-15",
                "2026-09-14", "9 tháng năm 2026");
        assertPeriod(new ReportPeriod(Kind.YEAR, 2026, 0, ReportPeriod.Cutoff.DECREE_09), "2025-12-15", "2026-12-14",
                "Năm 2026");
        assertThat(ReportPeriod.parse("month", "2026", "3", null, LocalDate.parse("2026-11-20")).cutoff())
                .isEqualTo(ReportPeriod.Cutoff.DECREE_09);
        assertThat(ReportPeriod.parse("month", "2026", "3", "calendar", LocalDate.parse("2026-11-20")).start())
                .isEqualTo(LocalDate.parse("2026-03-01"));
    }
}
