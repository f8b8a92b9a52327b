package vn.motcua.sla.api.dashboard;

import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.Locale;
import vn.motcua.sla.application.Indicators;
import vn.motcua.sla.domain.GroupScore;
import vn.motcua.sla.domain.IndicatorScore;
import vn.motcua.sla.domain.Scorecard;

/**
 * Decision 766's scorecards as CSV, as the dashboard's tables are (UTF-8 with a byte-order mark so that Excel shows the
 * diacritics; rates and points with a decimal point): a line per indicator, then the scorecard's known total.
 */
public final class ScorecardCsv {
    private static final String HEADER = "Mã,Tên,Xếp hạng,Nhóm chỉ số,Mã chỉ số,Chỉ số,Tử số,Mẫu số,Tỷ lệ (%),Điểm,"
            + "Điểm tối đa,Nguồn";

    private ScorecardCsv() {
    }

    public static String of(Indicators.Report report) {
        StringBuilder csv = new StringBuilder(DashboardCsv.BOM).append(HEADER).append("\r\n");
        for (Scorecard s : report.scorecards()) {
            for (GroupScore g : s.groups()) {
                for (IndicatorScore i : g.indicators()) {
                    csv.append(DashboardCsv.cells(s.key(), s.label(), s.rank(), g.name(), i.key(), i.name(),
                            i.numerator(), i.denominator(), plain(i.rate()), plain(i.points()), plain(i.maximum()),
                            i.source())).append("\r\n");
                }
            }
            csv.append(DashboardCsv.cells(s.key(), s.label(), s.rank(), "", "total",
                    "Tổng điểm đã biết (nhóm đủ điểm: " + String.join(" ", s.completeGroups()) + ")", null, null, null,
                    plain(s.total()), s.maximum(), "QĐ 766/QĐ-TTg: 5 nhóm, tổng 100 điểm")).append("\r\n");
        }
        return csv.toString();
    }

    /** The CSV as a download named by grouping and period. */
    public static Response response(Indicators.Report report) {
        String name = "chi-so-766-" + report.groupBy().name().toLowerCase(Locale.ROOT) + "-" + report.from() + "-"
                + report.to() + ".csv";
        return Response.ok(of(report), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
