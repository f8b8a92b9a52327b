package vn.motcua.sla.api.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import vn.motcua.sla.api.OverdueView;
import vn.motcua.sla.application.StatsReport;
import vn.motcua.sla.domain.GroupBy;
import vn.motcua.sla.domain.StatsRow;
import vn.motcua.support.api.ProblemException;
import vn.motcua.support.time.VnFormat;

/**
 * The dashboard's tables as CSV (the late dossiers followed by the three columns they split into): UTF-8 with a byte-order mark (so Excel shows the diacritics), comma-separated,
 * rates as plain numbers with a decimal point (98.8) so spreadsheets compute with them.
 */
final class DashboardCsv {
    static final String BOM = "\uFEFF";
    private static final String STATS_HEADER = "Mã,Tên,Kỳ trước chuyển sang,Tiếp nhận,Trực tiếp,Trực tuyến,"
            + "Bưu chính công ích,Đã giải quyết,Trước hạn,Đúng hạn,Trễ hạn,Trễ hạn: xin lỗi kịp thời,"
            + "Trễ hạn: xin lỗi muộn,Trễ hạn: cơ quan không xin lỗi,Tỷ lệ đúng hạn (%),Đang giải quyết,Quá hạn,Tạm dừng";

    private DashboardCsv() {
    }

    /** {@code table}: agency (default), field, level, month or overdue. */
    static String of(String table, DashboardPage.Data data) {
        String name = table == null || table.isBlank() ? "agency" : table.trim().toLowerCase(Locale.ROOT);
        return BOM + switch (name) {
            case "agency" -> stats(data.breakdowns().get(GroupBy.AGENCY), Function.identity(), true);
            case "field" -> stats(data.breakdowns().get(GroupBy.FIELD), Function.identity(), true);
            case "level" -> stats(data.breakdowns().get(GroupBy.LEVEL), VnFormat::level, true);
            // the trend counts flows only: its stock columns are left empty rather than shown as 0
            case "month" -> stats(data.trend(), Function.identity(), false);
            case "overdue" -> overdue(data.overdue().items());
            default -> throw ProblemException.badRequest("table", "one of agency, field, level, month, overdue");
        };
    }

    private static String stats(StatsReport response, Function<String, String> label, boolean stocks) {
        StringBuilder csv = new StringBuilder(STATS_HEADER).append("\r\n");
        for (StatsRow r : response.rows()) {
            line(csv, r, label.apply(r.label()), stocks);
        }
        line(csv, response.total(), response.total().label(), stocks);
        return csv.toString();
    }

    private static void line(StringBuilder csv, StatsRow r, String label, boolean stocks) {
        csv.append(cells(r.key(), label, stocks ? r.carriedOver() : null, r.received(), r.receivedInPerson(),
                r.receivedOnline(), r.receivedPostal(), r.resolved(), r.early(), r.onTime(), r.late(),
                r.apologisedInTime(), r.apologisedLate(), r.neverApologisedByOfficer(), rate(r.onTimeRate()), stocks ? r.inProgress() : null, stocks ? r.inProgressOverdue() : null,
                stocks ? r.paused() : null)).append("\r\n");
    }

    private static String overdue(List<OverdueView.Item> items) {
        StringBuilder csv = new StringBuilder("Mã hồ sơ,Thủ tục,Cơ quan giải quyết,Hạn hiện tại,Hẹn ban đầu,"
                + "Số ngày làm việc trễ,Số ngày trễ,Đơn vị đang xử lý,Cán bộ đang xử lý,Đã gửi thư xin lỗi,Hẹn lại\r\n");
        for (OverdueView.Item i : items) {
            csv.append(cells(i.dossierCode(), i.procedureName(), i.decidingAgencyCode(),
                    VnFormat.date(i.currentDueAt()), VnFormat.date(i.originalDueAt()), i.workingDaysLate(),
                    i.calendarDaysLate(), i.holdingUnitCode(), i.holdingOfficer(), i.apologySent() ? "Có" : "Chưa",
                    reschedule(i.apology()))).append("\r\n");
        }
        return csv.toString();
    }

    /** How the one new appointment was set, if it was. */
    private static String reschedule(String apology) {
        return switch (apology) {
            case "OFFICER_IN_TIME" -> "Cơ quan (kịp thời)";
            case "OFFICER_LATE" -> "Cơ quan (muộn)";
            case "AUTOMATIC" -> "Tự động";
            default -> "";
        };
    }

    private static String rate(BigDecimal rate) {
        return rate == null ? "" : rate.toPlainString();
    }

    static String cells(Object... values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            line.append(i == 0 ? "" : ",").append(cell(values[i]));
        }
        return line.toString();
    }

    /** RFC 4180 quoting; a leading = + - @ is prefixed so a spreadsheet never runs a cell as a formula. */
    private static String cell(Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
