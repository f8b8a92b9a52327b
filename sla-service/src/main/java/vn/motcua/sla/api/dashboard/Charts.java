package vn.motcua.sla.api.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.motcua.sla.api.dashboard.DashboardView.Chart;
import vn.motcua.sla.api.dashboard.DashboardView.Line;
import vn.motcua.sla.api.dashboard.DashboardView.Rect;
import vn.motcua.sla.api.dashboard.DashboardView.Text;
import vn.motcua.sla.domain.StatsRow;
import vn.motcua.support.time.VnFormat;

/** Geometry of the two SVG charts (no JavaScript): on-time rate by agency (sorted bars) and by month, target lines. */
final class Charts {
    private static final int WIDTH = 720;
    private static final int LABEL_WIDTH = 250;
    private static final int BAR_LEFT = 260;
    private static final int BAR_SPAN = 390;
    private static final int ROW = 30;
    private static final int MAX_LABEL = 34;

    private Charts() {
    }

    /** Horizontal bars of the on-time rate per agency, lowest first (where attention is needed), unrated last. */
    static Chart byAgency(List<StatsRow> rows, double target) {
        List<StatsRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(StatsRow::onTimeRate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(StatsRow::label));
        int height = Math.max(1, sorted.size()) * ROW + 40;
        List<Rect> rects = new ArrayList<>();
        List<Text> texts = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            StatsRow r = sorted.get(i);
            double y = 10 + i * ROW;
            texts.add(new Text(LABEL_WIDTH, y + 19, shorten(r.label()), "end", "label"));
            if (r.onTimeRate() != null) {
                double w = round(BAR_SPAN * r.onTimeRate().doubleValue() / 100);
                rects.add(new Rect(BAR_LEFT, y + 4, w, ROW - 10, css(r.onTimeRate(), target),
                        r.label() + ": " + VnFormat.percent(r.onTimeRate())));
                texts.add(new Text(BAR_LEFT + w + 4, y + 19, VnFormat.percent(r.onTimeRate()), "start", "value"));
            } else {
                texts.add(new Text(BAR_LEFT + 4, y + 19, "chưa có hồ sơ giải quyết", "start", "value muted"));
            }
        }
        double bottom = 10 + Math.max(1, sorted.size()) * ROW;
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(BAR_LEFT, 10, BAR_LEFT, bottom, "axis"));
        double tx = round(BAR_LEFT + BAR_SPAN * target / 100);
        lines.add(new Line(tx, 4, tx, bottom, "target"));
        texts.add(new Text(tx, bottom + 18, "Mục tiêu " + VnFormat.percent(target), "middle", "target-label"));
        texts.add(new Text(BAR_LEFT, bottom + 18, "0%", "middle", "tick"));
        texts.add(new Text(BAR_LEFT + BAR_SPAN, bottom + 32, "100%", "end", "tick"));
        String desc = "Biểu đồ thanh, tỷ lệ đúng hạn theo đơn vị, xếp từ thấp đến cao; đường dọc là mục tiêu "
                + VnFormat.percent(target) + ". " + describe(sorted) + " Số liệu chi tiết ở bảng bên dưới.";
        return new Chart("chart-agency", "Tỷ lệ giải quyết đúng hạn theo đơn vị", desc, WIDTH, height, rects, lines,
                texts);
    }

    /** Vertical bars of the on-time rate per month (0–100%), the target as a dashed line. */
    static Chart byMonth(List<StatsRow> rows, double target) {
        int left = 50;
        int top = 20;
        int plot = 200;
        int span = WIDTH - left - 10;
        double slot = (double) span / Math.max(1, rows.size());
        List<Rect> rects = new ArrayList<>();
        List<Text> texts = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        for (int pct = 0; pct <= 100; pct += 50) {
            double y = top + plot - plot * pct / 100.0;
            lines.add(new Line(left, y, WIDTH - 10, y, "grid"));
            texts.add(new Text(left - 6, y + 4, pct + "%", "end", "tick"));
        }
        for (int i = 0; i < rows.size(); i++) {
            StatsRow r = rows.get(i);
            double x = round(left + i * slot + slot * 0.2);
            double w = round(slot * 0.6);
            String month = r.key().length() == 7 ? "T" + r.key().substring(5) + "/" + r.key().substring(2, 4) : r.key();
            texts.add(new Text(round(x + w / 2), top + plot + 18, month, "middle", "tick"));
            if (r.onTimeRate() != null) {
                double h = round(plot * r.onTimeRate().doubleValue() / 100);
                rects.add(new Rect(x, top + plot - h, w, h, css(r.onTimeRate(), target),
                        r.label() + ": " + VnFormat.percent(r.onTimeRate())));
                texts.add(new Text(round(x + w / 2), top + plot - h - 4, VnFormat.percent(r.onTimeRate()), "middle",
                        "value small"));
            }
        }
        double ty = round(top + plot - plot * target / 100);
        lines.add(new Line(left, ty, WIDTH - 10, ty, "target"));
        String desc = "Biểu đồ cột, tỷ lệ đúng hạn theo tháng; đường ngang là mục tiêu " + VnFormat.percent(target)
                + ". " + describe(rows) + " Số liệu chi tiết ở bảng bên dưới.";
        return new Chart("chart-month", "Xu hướng tỷ lệ đúng hạn theo tháng", desc, WIDTH, top + plot + 30, rects,
                lines, texts);
    }

    private static String describe(List<StatsRow> rows) {
        StringBuilder text = new StringBuilder();
        for (StatsRow r : rows) {
            text.append(r.label()).append(": ").append(VnFormat.percent(r.onTimeRate())).append("; ");
        }
        return text.toString().trim();
    }

    private static String css(BigDecimal rate, double target) {
        return rate.doubleValue() >= target ? "bar ok" : "bar below";
    }

    private static String shorten(String label) {
        return label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL - 1) + "…";
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
