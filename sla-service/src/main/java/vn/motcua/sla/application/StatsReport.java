package vn.motcua.sla.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.motcua.sla.domain.GroupBy;
import vn.motcua.sla.domain.StatsRow;

/**
 * The statistics of a period in one grouping: rows ordered by key, {@code total} over the whole period (carriedOver
 * at its start, the in-progress columns at its end or {@code asOf}, whichever is earlier).
 */
public record StatsReport(LocalDate from, LocalDate to, String agency, boolean subunits, GroupBy groupBy,
        double onTimeTarget, Instant asOf, List<StatsRow> rows, StatsRow total) {
}
