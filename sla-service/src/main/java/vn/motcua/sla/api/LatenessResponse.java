package vn.motcua.sla.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import vn.motcua.sla.application.Accountability;
import vn.motcua.sla.domain.LatenessRow;
import vn.motcua.support.time.VnTime;

/**
 * GET /api/v1/stats?groupBy=unit|step|officer: the dossiers resolved late in the period, each blamed on one step (the
 * largest overrun of its own deadline, a tie to the earliest), by its unit, step name or officer. {@code unattributed}
 * counts late dossiers no step overran; {@code total.late} = rows + unattributed = the {@code late} of the other
 * groupings for the same filter.
 */
public record LatenessResponse(LocalDate from, LocalDate to, String agency, boolean subunits, String groupBy,
        OffsetDateTime asOf, List<LatenessRow> rows, LatenessRow unattributed, LatenessRow total) {

    public static LatenessResponse of(Accountability.Report r) {
        return new LatenessResponse(r.from(), r.to(), r.agency(), r.subunits(),
                r.groupBy().name().toLowerCase(Locale.ROOT), VnTime.of(r.asOf()), r.rows(), r.unattributed(), r.total());
    }
}
