package vn.motcua.sla.domain;

import java.util.List;

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
        rows = java.util.stream.Stream.concat(rows.stream(), java.util.stream.Stream.of(unattributed)).toList();
        return new LatenessRow("total", "Tổng cộng", rows.stream().mapToLong(LatenessRow::late).sum(),
                rows.stream().mapToLong(LatenessRow::insideAgency).sum(),
                rows.stream().mapToLong(LatenessRow::partnerAgency).sum(),
                rows.stream().mapToLong(LatenessRow::subjective).sum(),
                rows.stream().mapToLong(LatenessRow::objective).sum(),
                rows.stream().mapToLong(LatenessRow::causeNotRecorded).sum());
    }
}
