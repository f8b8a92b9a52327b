package vn.motcua.sla.api.report;

import java.util.List;
import java.util.function.Function;
import vn.motcua.reporting.ReportTable;
import vn.motcua.sla.application.StatsReport;
import vn.motcua.sla.domain.StatsRow;

/**
 * The figure columns of the report, in the order of the provinces' form (received, resolved, rate, in progress),
 * as the tables the reporting module writes to XLSX and PDF. Each is a column of {@code /api/v1/stats} or, where the form has a total the API
 * leaves to the reader, a sum or difference of them (noted in {@link #NOTES}).
 */
final class HandlingColumns {
    static final String RECEIVED = "Số hồ sơ nhận giải quyết";
    static final String RESOLVED = "Số hồ sơ đã giải quyết";
    static final String OPEN = "Số hồ sơ đang giải quyết";

    /**
     * One column: under {@code group} (null: spans both header rows), its header, its decimals (the rate: 1), its value
     * (Long, BigDecimal or null).
     */
    record Column(String group, String header, int decimals, Function<StatsRow, Object> value) {
        Column(String group, String header, Function<StatsRow, Object> value) {
            this(group, header, 0, value);
        }

        ReportTable.Column spec() {
            return new ReportTable.Column(group, header, decimals);
        }
    }

    static final List<Column> ALL = List.of(
            new Column(RECEIVED, "Tổng số", r -> r.carriedOver() + r.received()),
            new Column(RECEIVED, "Kỳ trước chuyển sang", r -> r.carriedOver()),
            new Column(RECEIVED, "Mới tiếp nhận", r -> r.received()),
            new Column(RECEIVED, "Trực tuyến", r -> r.receivedOnline()),
            new Column(RECEIVED, "Trực tiếp", r -> r.receivedInPerson()),
            new Column(RECEIVED, "Bưu chính công ích", r -> r.receivedPostal()),
            new Column(RESOLVED, "Tổng số", r -> r.resolved()),
            new Column(RESOLVED, "Trước hạn", r -> r.early()),
            new Column(RESOLVED, "Đúng hạn", r -> r.onTime()),
            new Column(RESOLVED, "Trễ hạn", r -> r.late()),
            new Column(RESOLVED, "Trễ hạn: xin lỗi kịp thời", r -> r.apologisedInTime()),
            new Column(RESOLVED, "Trễ hạn: xin lỗi muộn", r -> r.apologisedLate()),
            new Column(RESOLVED, "Trễ hạn: cơ quan không xin lỗi", r -> r.neverApologisedByOfficer()),
            new Column(null, "Tỷ lệ đúng hạn (%)", 1, StatsRow::onTimeRate),
            new Column(OPEN, "Tổng số", r -> r.inProgress()),
            new Column(OPEN, "Trong hạn", r -> r.inProgress() - r.inProgressOverdue()),
            new Column(OPEN, "Quá hạn", r -> r.inProgressOverdue()),
            new Column(OPEN, "Trong đó tạm dừng", r -> r.paused()));

    static final List<String> NOTES = List.of(
            "Tổng số nhận giải quyết = kỳ trước chuyển sang + mới tiếp nhận (trực tuyến, trực tiếp, bưu chính công ích).",
            "Trước hạn, đúng hạn, trễ hạn: ngày kết thúc xử lý so với ngày hẹn trả trên phiếu hẹn (kéo dài theo thời gian"
                    + " tạm dừng); hồ sơ đã hẹn lại vẫn tính trễ hạn. Xin lỗi kịp thời: văn bản xin lỗi, hẹn lại trước"
                    + " ngày hẹn ít nhất 1 ngày làm việc (Nghị định 61/2018/NĐ-CP).",
            "Tỷ lệ đúng hạn = (trước hạn + đúng hạn) / đã giải quyết. Đang giải quyết: tại cuối kỳ (hoặc thời điểm"
                    + " lập báo cáo nếu kỳ chưa kết thúc); trong hạn = tổng số − quá hạn; tạm dừng: chờ bổ sung hồ sơ,"
                    + " thực hiện nghĩa vụ tài chính.");

    private HandlingColumns() {
    }

    /** One table of the report: its number and title, what its rows are (codes: agencies), its rows and total. */
    static ReportTable table(String title, String rowHeader, boolean codes, StatsReport figures) {
        return new ReportTable(title, rowHeader, codes ? "Mã cơ quan" : null, ALL.stream().map(Column::spec).toList(),
                figures.rows().stream().map(HandlingColumns::row).toList(), row(figures.total()));
    }

    private static ReportTable.Row row(StatsRow line) {
        return new ReportTable.Row(line.key(), line.label(), ALL.stream().map(c -> c.value().apply(line)).toList());
    }
}
