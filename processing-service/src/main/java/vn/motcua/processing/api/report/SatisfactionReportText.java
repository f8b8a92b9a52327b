package vn.motcua.processing.api.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.motcua.processing.application.SatisfactionFigures.Figures;
import vn.motcua.processing.domain.Criterion;
import vn.motcua.processing.domain.Satisfaction;
import vn.motcua.reporting.ReportDocument;
import vn.motcua.reporting.ReportPeriod;
import vn.motcua.reporting.ReportTable;
import vn.motcua.support.time.VnFormat;

/**
 * The satisfaction report (Decision 766/QĐ-TTg's "mức độ hài lòng") as the reporting module writes it: per agency and
 * per officer the ratings, and per criterion the mean score and the share satisfied, then the overall rate; the
 * figures of {@code GET /api/v1/satisfaction} for the period's dates, unrounded again.
 */
final class SatisfactionReportText {
    static final String TITLE = "BÁO CÁO KẾT QUẢ ĐÁNH GIÁ MỨC ĐỘ HÀI LÒNG CỦA NGƯỜI DÂN, DOANH NGHIỆP";
    static final String OVERALL = "Chung (5 tiêu chí)";
    static final List<String> NOTES = List.of(
            "Mỗi hồ sơ đã trả kết quả được đánh giá một lần, theo 5 tiêu chí, mỗi tiêu chí từ 1 (rất không hài lòng)"
                    + " đến 5 (rất hài lòng) điểm; tính theo ngày đánh giá.",
            "Điểm trung bình = tổng điểm / số lượt chấm. Hài lòng: điểm 4 (hài lòng) hoặc 5 (rất hài lòng); tỷ lệ hài"
                    + " lòng (%) = số lượt chấm 4-5 / số lượt chấm × 100.",
            "Tỷ lệ hài lòng chung = số lượt chấm 4-5 của cả 5 tiêu chí / tổng số lượt chấm của 5 tiêu chí × 100"
                    + " (như SIPAS). Làm tròn 2 chữ số thập phân. Theo công chức: người giữ bước cuối của hồ sơ.");

    private SatisfactionReportText() {
    }

    static ReportDocument document(ReportPeriod period, String agency, String agencyName, Figures byAgency,
            Figures byOfficer, Instant asOf) {
        String date = VnFormat.letterDate(asOf);
        return new ReportDocument("Mức độ hài lòng", "Một Cửa processing-service",
                agencyName.toUpperCase(Locale.forLanguageTag("vi")), Character.toUpperCase(date.charAt(0))
                        + date.substring(1), TITLE, period.label(), period.range(asOf),
                agency == null ? "Cơ quan: " + agencyName : "Cơ quan: " + agencyName + " (mã " + agency
                        + "), gồm các đơn vị trực thuộc",
                List.of(table("I. THEO CƠ QUAN, ĐƠN VỊ", "Cơ quan, đơn vị", "Mã cơ quan", byAgency, false),
                        table("II. THEO CÔNG CHỨC GIẢI QUYẾT", "Công chức (đơn vị)", "Công chức", byOfficer, true)),
                rate(byAgency.total()), NOTES, "Lập từ hệ thống Một Cửa lúc " + VnFormat.dateTime(asOf) + ".");
    }

    /** "Tỷ lệ hài lòng chung: 75,00% (15/20 lượt chấm; 4 phiếu đánh giá)". */
    static String rate(Satisfaction.Group total) {
        Satisfaction.Figure overall = total.overall();
        String rate = overall.count() == 0 ? "chưa có đánh giá trong kỳ"
                : VnFormat.decimal(overall.satisfiedPercent(), 2) + "% (" + VnFormat.number(overall.satisfied()) + "/"
                        + VnFormat.number(overall.count()) + " lượt chấm điểm 4-5; " + VnFormat.number(total.ratings())
                        + " phiếu đánh giá)";
        return "Tỷ lệ hài lòng chung: " + rate + ".";
    }

    /** Columns: ratings; per criterion the mean and % satisfied; then the same over all five. */
    static List<ReportTable.Column> columns() {
        List<ReportTable.Column> columns = new ArrayList<>(List.of(ReportTable.Column.count(null, "Số phiếu đánh giá")));
        for (Criterion c : Criterion.values()) {
            columns.add(new ReportTable.Column(c.label(), "Điểm TB", 2));
            columns.add(new ReportTable.Column(c.label(), "Hài lòng (%)", 2));
        }
        columns.add(new ReportTable.Column(OVERALL, "Điểm TB", 2));
        columns.add(new ReportTable.Column(OVERALL, "Tỷ lệ hài lòng (%)", 2));
        return columns;
    }

    private static ReportTable table(String title, String rowHeader, String codeHeader, Figures figures,
            boolean officers) {
        return new ReportTable(title, rowHeader, codeHeader, columns(),
                figures.groups().stream().map(g -> row(g, label(g, officers))).toList(), row(figures.total(), "Tổng cộng"));
    }

    private static String label(Satisfaction.Group g, boolean officers) {
        if (g.key() == null) {
            return "Không ghi nhận" + (g.name() == null ? "" : " (" + g.name() + ")");
        }
        if (officers) {
            return g.name() == null ? g.key() : g.key() + " (" + g.name() + ")";
        }
        return g.name() == null ? g.key() : g.name();
    }

    private static ReportTable.Row row(Satisfaction.Group g, String label) {
        List<Object> figures = new ArrayList<>(List.of(g.ratings()));
        for (Criterion c : Criterion.values()) {
            figures.add(g.figure(c).mean());
            figures.add(g.figure(c).satisfiedPercent());
        }
        figures.add(g.overall().mean());
        figures.add(g.overall().satisfiedPercent());
        return new ReportTable.Row(g.key(), label, figures);
    }
}
