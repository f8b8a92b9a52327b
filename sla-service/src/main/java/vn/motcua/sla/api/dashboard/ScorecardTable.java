package vn.motcua.sla.api.dashboard;

import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.sla.domain.GroupScore;
import vn.motcua.sla.domain.IndicatorScore;
import vn.motcua.sla.domain.Scorecard;
import vn.motcua.support.time.VnFormat;

/**
 * Scorecards side by side, as the dashboard shows them: a column per scorecard (month or agency), a row per group
 * (its known points of its maximum) and per indicator (rate, numerator/denominator, points where known), the total.
 */
@TemplateData
public record ScorecardTable(List<String> columns, List<Row> rows, List<String> totals) {

    /** {@code group}: a group's heading row; {@code cells} one per column. */
    @TemplateData
    public record Row(boolean group, String name, String note, List<String> cells) {
    }

    static ScorecardTable of(List<Scorecard> cards) {
        List<Row> rows = new ArrayList<>();
        if (!cards.isEmpty()) {
            List<GroupScore> groups = cards.get(0).groups();
            for (int g = 0; g < groups.size(); g++) {
                int gi = g;
                rows.add(new Row(true, groups.get(g).name(), "tối đa " + groups.get(g).maximum() + " điểm",
                        cards.stream().map(c -> groupCell(c.groups().get(gi))).toList()));
                for (int i = 0; i < groups.get(g).indicators().size(); i++) {
                    int ii = i;
                    IndicatorScore first = groups.get(g).indicators().get(i);
                    rows.add(new Row(false, first.name(), first.source(),
                            cards.stream().map(c -> cell(c.groups().get(gi).indicators().get(ii))).toList()));
                }
            }
        }
        return new ScorecardTable(cards.stream().map(Scorecard::label).toList(), rows,
                cards.stream().map(c -> VnFormat.decimal(c.total(), 2)).toList());
    }

    private static String groupCell(GroupScore g) {
        return VnFormat.decimal(g.points(), 2) + (g.complete() ? " điểm" : " điểm (chưa đủ thang điểm)");
    }

    private static String cell(IndicatorScore i) {
        String rate = i.rate() == null ? "—" : VnFormat.decimal(i.rate(), 2) + "% (" + VnFormat.number(i.numerator())
                + "/" + VnFormat.number(i.denominator()) + ")";
        return i.pointsKnown() ? rate + " · " + VnFormat.decimal(i.points(), 2) + " điểm" : rate;
    }
}
