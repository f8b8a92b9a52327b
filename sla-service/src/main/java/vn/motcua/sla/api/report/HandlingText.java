package vn.motcua.sla.api.report;

import java.util.List;
import java.util.Locale;
import vn.motcua.reporting.ReportDocument;
import vn.motcua.sla.application.HandlingReport;
import vn.motcua.support.time.VnFormat;

/** The words of the report around its tables, the same in the XLSX and the PDF. */
final class HandlingText {
    static final String TITLE = "BÁO CÁO TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH";

    private HandlingText() {
    }

    private static String issuer(HandlingReport report) {
        return report.agencyName().toUpperCase(Locale.forLanguageTag("vi"));
    }

    private static String dateLine(HandlingReport report) {
        String date = VnFormat.letterDate(report.asOf());
        return Character.toUpperCase(date.charAt(0)) + date.substring(1);
    }

    private static String period(HandlingReport report) {
        return report.period().label();
    }

    private static String agency(HandlingReport report) {
        if (report.agency() == null) {
            return "Cơ quan: " + report.agencyName();
        }
        String code = report.agency().equals(report.agencyName()) ? "" : " (mã " + report.agency() + ")";
        return "Cơ quan: " + report.agencyName() + code + ", gồm các đơn vị trực thuộc";
    }

    /** "Tỷ lệ giải quyết đúng hạn: 98,8% (chỉ tiêu 95,0%)"; no rate when nothing was resolved. */
    private static String rate(HandlingReport report) {
        var total = report.byAgency().total();
        String rate = total.onTimeRate() == null ? "chưa có hồ sơ đã giải quyết trong kỳ"
                : VnFormat.percent(total.onTimeRate()) + " (" + VnFormat.number(total.early() + total.onTime())
                        + "/" + VnFormat.number(total.resolved()) + " hồ sơ)";
        return "Tỷ lệ giải quyết đúng hạn (trước hạn và đúng hạn): " + rate + "; chỉ tiêu "
                + VnFormat.percent(report.onTimeTarget()) + ".";
    }

    private static String generated(HandlingReport report) {
        return "Lập từ hệ thống Một Cửa lúc " + VnFormat.dateTime(report.asOf()) + ".";
    }

    /** The report as the reporting module writes it (XLSX, PDF). */
    static ReportDocument document(HandlingReport report) {
        return new ReportDocument("Giải quyết TTHC", "Một Cửa sla-service", issuer(report), dateLine(report), TITLE,
                period(report), report.period().range(report.asOf()), agency(report), List.of(
                        HandlingColumns.table("I. THEO CƠ QUAN, ĐƠN VỊ", "Cơ quan, đơn vị", true, report.byAgency()),
                        HandlingColumns.table("II. THEO CẤP", "Cấp", false, report.byLevel())),
                rate(report), HandlingColumns.NOTES, generated(report));
    }

    /** A name for the downloaded file without its extension, ASCII only. */
    static String fileName(HandlingReport report) {
        String agency = report.agency() == null ? "tat-ca" : report.agency().replaceAll("[^A-Za-z0-9.]", "_");
        return "bao-cao-giai-quyet-tthc-" + agency + "-" + report.period().slug();
    }
}
