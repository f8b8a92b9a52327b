package vn.motcua.sla.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.motcua.sla.domain.StatsRow;

/**
 * GET /api/v1/stats. Rows are ordered by key; {@code total} covers the whole period (carriedOver at its start,
 * inProgress/inProgressOverdue/paused at its end or now, whichever is earlier). {@code onTimeRate} is a percentage.
 */
public record StatsResponse(LocalDate from, LocalDate to, String agency, boolean subunits, String groupBy,
        double onTimeTarget, OffsetDateTime asOf, List<StatsRow> rows, StatsRow total) {
}
