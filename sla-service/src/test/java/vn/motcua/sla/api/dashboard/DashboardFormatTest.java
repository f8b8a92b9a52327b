package vn.motcua.sla.api.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.core.MultivaluedHashMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.support.api.ProblemException;
import vn.motcua.support.time.VnFormat;

/** Vietnamese number and date formats, and the filters' periods and URL. */
class DashboardFormatTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @Test
    void vietnameseNumbersAndDates() {
        assertThat(VnFormat.number(1_234_567)).isEqualTo("1.234.567");
        assertThat(VnFormat.percent(new BigDecimal("98.8"))).isEqualTo("98,8%");
        assertThat(VnFormat.percent(95.0)).isEqualTo("95,0%");
        assertThat(VnFormat.percent((BigDecimal) null)).isEqualTo("—");
        assertThat(VnFormat.date(LocalDate.of(2026, 11, 21))).isEqualTo("21/11/2026");
        assertThat(VnFormat.date(OffsetDateTime.parse("2026-03-09T08:00:00+07:00"))).isEqualTo("09/03/2026");
        assertThat(VnFormat.level("COMMUNE")).isEqualTo("Cấp xã");
        assertThat(VnFormat.channel("POSTAL")).isEqualTo("Bưu chính công ích");
    }

    @Test
    void periodsAndTheirQuery() {
        DashboardFilters month = filters(Map.of());
        assertThat(month.start()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(month.end()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(month.query()).isEqualTo("period=month&month=2026-11");
        DashboardFilters quarter = filters(Map.of("period", "quarter", "quarter", "2026-q1", "agency", "000.00.00.H56",
                "subunits", "false", "channel", "online"));
        assertThat(quarter.start()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(quarter.end()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(quarter.periodLabel()).isEqualTo("Quý 1/2026");
        assertThat(quarter.query())
                .isEqualTo("period=quarter&quarter=2026-Q1&agency=000.00.00.H56&subunits=false&channel=ONLINE");
        assertThat(filters(Map.of("period", "year", "year", "2025")).end()).isEqualTo(LocalDate.of(2025, 12, 31));
        DashboardFilters custom = filters(Map.of("period", "custom", "from", "2026-02-03", "to", "2026-04-05"));
        assertThat(custom.periodLabel()).isEqualTo("03/02/2026 – 05/04/2026");
        assertThat(DashboardPage.trendStart(custom)).isEqualTo(LocalDate.of(2025, 5, 1));
        assertThatThrownBy(() -> filters(Map.of("month", "2026-13"))).isInstanceOf(ProblemException.class)
                .hasMessageContaining("month");
        assertThatThrownBy(() -> filters(Map.of("level", "village"))).isInstanceOf(ProblemException.class);
    }

    private static DashboardFilters filters(Map<String, String> params) {
        MultivaluedHashMap<String, String> query = new MultivaluedHashMap<>();
        params.forEach(query::add);
        return DashboardFilters.parse(query, TODAY);
    }
}
