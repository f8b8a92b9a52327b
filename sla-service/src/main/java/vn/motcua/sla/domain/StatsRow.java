package vn.motcua.sla.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * One row of the statistics (report columns of docs/domain.md § Statistics). {@code late} are the dossiers resolved
 * late in the period; of those, {@code apologisedInTime} had an officer's apology at least one working day before the
 * appointment, {@code apologisedLate} one after that, {@code neverApologisedByOfficer} none (or only processing's
 * automatic one): the three add up to {@code late}. {@code onTimeRate} is a percentage with one decimal,
 * (early + onTime) / resolved, null when nothing was resolved.
 */
public record StatsRow(String key, String label, long carriedOver, long received, long receivedInPerson,
        long receivedOnline, long receivedPostal, long resolved, long early, long onTime, long late,
        long apologisedInTime, long apologisedLate, long neverApologisedByOfficer, BigDecimal onTimeRate,
        long inProgress, long inProgressOverdue, long paused) {

    public static BigDecimal rate(long early, long onTime, long resolved) {
        if (resolved == 0) {
            return null;
        }
        return BigDecimal.valueOf((early + onTime) * 100L).divide(BigDecimal.valueOf(resolved), 1, RoundingMode.HALF_UP);
    }

    /**
     * The total of a query from its rows: flows (received, resolved...) add up; stocks are taken at the period's start
     * (carriedOver) and end (in progress, overdue, paused), i.e. summed over disjoint groups or, for a grouping by
     * period, read from the first and last period (a period without a row had no dossier alive in it: zero).
     */
    public static StatsRow total(List<StatsRow> rows, List<StatsBucket> buckets, GroupBy groupBy) {
        boolean byPeriod = groupBy.isPeriod();
        StatsRow first = byPeriod ? find(rows, buckets.get(0).key()) : null;
        StatsRow last = byPeriod ? find(rows, buckets.get(buckets.size() - 1).key()) : null;
        long carried = byPeriod ? (first == null ? 0 : first.carriedOver) : sum(rows, StatsRow::carriedOver);
        long early = sum(rows, StatsRow::early);
        long onTime = sum(rows, StatsRow::onTime);
        long resolved = sum(rows, StatsRow::resolved);
        return new StatsRow("total", "Tổng cộng", carried, sum(rows, StatsRow::received),
                sum(rows, StatsRow::receivedInPerson), sum(rows, StatsRow::receivedOnline),
                sum(rows, StatsRow::receivedPostal), resolved, early, onTime, sum(rows, StatsRow::late),
                sum(rows, StatsRow::apologisedInTime), sum(rows, StatsRow::apologisedLate),
                sum(rows, StatsRow::neverApologisedByOfficer), rate(early, onTime, resolved),
                byPeriod ? (last == null ? 0 : last.inProgress) : sum(rows, StatsRow::inProgress),
                byPeriod ? (last == null ? 0 : last.inProgressOverdue) : sum(rows, StatsRow::inProgressOverdue),
                byPeriod ? (last == null ? 0 : last.paused) : sum(rows, StatsRow::paused));
    }

    private static StatsRow find(List<StatsRow> rows, String key) {
        return rows.stream().filter(r -> r.key.equals(key)).findFirst().orElse(null);
    }

    private static long sum(List<StatsRow> rows, ToLongFunction<StatsRow> column) {
        return rows.stream().mapToLong(column).sum();
    }

    public StatsRow withLabel(String newLabel) {
        return new StatsRow(key, newLabel, carriedOver, received, receivedInPerson, receivedOnline, receivedPostal,
                resolved, early, onTime, late, apologisedInTime, apologisedLate, neverApologisedByOfficer, onTimeRate,
                inProgress, inProgressOverdue, paused);
    }

    /** The flows only: the stock columns (carried over, in progress, overdue, paused) set to 0. */
    public StatsRow flowsOnly() {
        return new StatsRow(key, label, 0, received, receivedInPerson, receivedOnline, receivedPostal, resolved, early,
                onTime, late, apologisedInTime, apologisedLate, neverApologisedByOfficer, onTimeRate, 0, 0, 0);
    }
}
