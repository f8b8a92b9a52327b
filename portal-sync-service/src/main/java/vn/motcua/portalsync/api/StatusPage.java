package vn.motcua.portalsync.api;

import java.util.List;
import vn.motcua.support.time.VnFormat;

/** The figures of {@link SyncStatusView} as a small Vietnamese HTML page, for an operator without a dashboard. */
final class StatusPage {

    private StatusPage() {
    }

    static String render(SyncStatusView view) {
        StringBuilder html = new StringBuilder("""
                <!doctype html>
                <html lang="vi"><head><meta charset="utf-8"><title>Đồng bộ Cổng Dịch vụ công quốc gia</title></head>
                <body><h1>Đồng bộ hồ sơ với Cổng Dịch vụ công quốc gia</h1>
                """);
        html.append("<p>Cơ quan: ").append(escape(view.agency() == null ? "Tất cả" : view.agency())).append("</p>\n");
        html.append("<table><thead><tr><th>Cơ quan</th><th>Thay đổi đã nhận</th><th>Đã được Cổng xác nhận</th>")
                .append("<th>Đang chờ</th><th>Tỷ lệ đồng bộ</th><th>Độ trễ (giây)</th><th>Lỗi gần nhất</th></tr></thead><tbody>\n");
        for (SyncFigures f : rows(view)) {
            html.append("<tr><td>").append(escape(f.isTotal() ? "Tổng cộng" : f.agency()))
                    .append("</td><td>").append(VnFormat.number(f.received()))
                    .append("</td><td>").append(VnFormat.number(f.acknowledged()))
                    .append("</td><td>").append(VnFormat.number(f.pending()))
                    .append("</td><td>").append(VnFormat.percent(f.syncRate()))
                    .append("</td><td>").append(VnFormat.number(f.lagSeconds()))
                    .append("</td><td>").append(escape(f.lastError() == null ? "" : f.lastError()))
                    .append("</td></tr>\n");
        }
        return html.append("</tbody></table></body></html>\n").toString();
    }

    private static List<SyncFigures> rows(SyncStatusView view) {
        return java.util.stream.Stream.concat(view.agencies().stream(), java.util.stream.Stream.of(view.total())).toList();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
