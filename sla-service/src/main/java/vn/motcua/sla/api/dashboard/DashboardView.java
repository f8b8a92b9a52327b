package vn.motcua.sla.api.dashboard;

import io.quarkus.qute.TemplateData;
import java.util.List;

/** Everything the dashboard template shows, already formatted in Vietnamese (the template only lays it out). */
@TemplateData
public record DashboardView(String user, String scopeLabel, String periodLabel, String asOf, String query,
        String version, Form form, Headline headline, Chart agencyChart, Chart trendChart, List<Row> agencyRows,
        Row total, List<Row> fieldRows, List<Row> levelRows, List<Row> trendRows, String trendLabel,
        List<OverdueRow> overdue, String overdueCount, boolean overdueTruncated, String target) {

    /** The five headline figures; {@code meetsTarget} colours the rate (its text says it too). */
    @TemplateData
    public record Headline(String received, String resolved, String onTimeRate, boolean meetsTarget,
            boolean hasRate, String inProgress, String overdue) {
    }

    /** One table row of a breakdown; the late ones split by how (and whether) an officer apologised. */
    @TemplateData
    public record Row(String key, String label, String received, String resolved, String early, String onTime,
            String late, String apologisedInTime, String apologisedLate, String neverApologised, String rate,
            boolean belowTarget, String inProgress, String overdue) {
    }

    /**
     * One overdue dossier; {@code link} opens its process-control sheet in processing-service; {@code apologyNote}
     * says a reschedule was late or automatic (empty otherwise).
     */
    @TemplateData
    public record OverdueRow(String code, String link, String procedure, String agency, String dueDate,
            String originalDueDate, String workingDaysLate, String calendarDaysLate, String holder,
            boolean apologySent, boolean rescheduled, String apologyNote) {
    }

    /** The filter form's current values and choices. */
    @TemplateData
    public record Form(String period, List<Option> periods, String month, List<Option> quarters, List<Option> years,
            String from, String to, List<Option> agencies, List<Option> subunits, List<Option> levels,
            List<Option> fields, List<Option> channels) {
    }

    @TemplateData
    public record Option(String value, String label, boolean selected) {
    }

    /** A server-side SVG chart: shapes in viewBox coordinates, with a title and a text alternative. */
    @TemplateData
    public record Chart(String id, String title, String description, int width, int height, List<Rect> rects,
            List<Line> lines, List<Text> texts) {
    }

    @TemplateData
    public record Rect(double x, double y, double width, double height, String css, String title) {
    }

    @TemplateData
    public record Line(double x1, double y1, double x2, double y2, String css) {
    }

    @TemplateData
    public record Text(double x, double y, String text, String anchor, String css) {
    }
}
