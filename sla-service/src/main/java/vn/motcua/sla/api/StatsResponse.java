package vn.motcua.sla.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import vn.motcua.sla.application.StatsReport;
import vn.motcua.sla.domain.StatsRow;
import vn.motcua.support.time.VnTime;

/**
 * GET /api/v1/stats. Rows are ordered by key; {@code total} covers the whole period (carriedOver at its start,
 * inProgress/inProgressOverdue/paused at its end or now, whichever is earlier). {@code onTimeRate} is a percentage.
 */
public record StatsResponse(LocalDate from, LocalDate to, String agency, boolean subunits, String groupBy,
        double onTimeTarget, OffsetDateTime asOf, List<StatsRow> rows, StatsRow total) {

    public static StatsResponse of(StatsReport report) {
        return new StatsResponse(report.from(), report.to(), report.agency(), report.subunits(),
                report.groupBy().name().toLowerCase(Locale.ROOT), report.onTimeTarget(), VnTime.of(report.asOf()),
                report.rows(), report.total());
    }
}
