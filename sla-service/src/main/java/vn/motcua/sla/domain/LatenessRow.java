package vn.motcua.sla.domain;

import java.util.List;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

/**
 * One row of the accountability statistics: the late dossiers blamed on a unit, step or officer ({@code key}), split
 * by where the unit sits (inside the deciding agency vs a partner agency, liên thông) and by the cause recorded on
 * the blamed step. {@code insideAgency + partnerAgency = late} except on the unattributed row (both 0), and
 * {@code subjective + objective + causeNotRecorded = late} on every row.
 */
public record LatenessRow(String key, String label, long late, long insideAgency, long partnerAgency,
        long subjective, long objective, long causeNotRecorded) {
    /** The key of the row of late dossiers that no step overran. */
    public static final String UNATTRIBUTED = "unattributed";

    /** The total of the attributed rows and the unattributed one: the late total of the selection. */
    public static LatenessRow total(List<LatenessRow> rows, LatenessRow unattributed) {
        List<LatenessRow> all = Stream.concat(rows.stream(), Stream.of(unattributed)).toList();
        return new LatenessRow("total", "Tổng cộng", sum(all, LatenessRow::late), sum(all, LatenessRow::insideAgency),
                sum(all, LatenessRow::partnerAgency), sum(all, LatenessRow::subjective), sum(all, LatenessRow::objective),
                sum(all, LatenessRow::causeNotRecorded));
    }

    private static long sum(List<LatenessRow> rows, ToLongFunction<LatenessRow> column) {
        return rows.stream().mapToLong(column).sum();
    }
}
