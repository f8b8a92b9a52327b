package vn.motcua.sla.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The aggregate rows of one statistics key (an agency, a field...) as read: month rows, day rows (only for months a
 * query cuts), unfolded journal rows and the stocks now; turns them into the report row of a bucket. A stock at the
 * start of day D is its value now minus its deltas from D on.
 */
public final class StatsGranules {
    /** Column order of the values: the flows, then the three stock deltas. */
    public static final int RECEIVED = 0;
    public static final int IN_PERSON = 1;
    public static final int ONLINE = 2;
    public static final int POSTAL = 3;
    public static final int RESOLVED = 4;
    public static final int EARLY = 5;
    public static final int ON_TIME = 6;
    public static final int LATE = 7;
    public static final int APOLOGISED_IN_TIME = 8;
    public static final int APOLOGISED_LATE = 9;
    public static final int NEVER_APOLOGISED = 10;
    public static final int OPEN = 11;
    public static final int OVERDUE = 12;
    public static final int PAUSED = 13;
    public static final int COLUMNS = 14;

    /** M = month row (period = the 1st), D = day row, J = journal (a day not folded yet), N = stocks now. */
    public enum Grain { M, D, J, N }

    private record Granule(Grain grain, LocalDate period, long[] values) {
    }

    private final List<Granule> granules = new ArrayList<>();

    public void add(Grain grain, LocalDate period, long[] values) {
        granules.add(new Granule(grain, period, values));
    }

    /**
     * The report row of bucket [start, end) (days); {@code endIsNow} when the bucket reaches the present, whose stocks
     * are then the stocks now. Null when no dossier was alive in the bucket.
     */
    public StatsRow row(String key, String label, LocalDate start, LocalDate end, boolean endIsNow) {
        long[] flows = sum(start, end);
        long[] fromStart = sum(start, null);
        long[] now = now();
        long[] fromEnd = endIsNow ? new long[COLUMNS] : sum(end, null);
        long carried = now[OPEN] - fromStart[OPEN];
        if (carried + flows[RECEIVED] == 0) {
            return null;
        }
        return new StatsRow(key, label, carried, flows[RECEIVED], flows[IN_PERSON], flows[ONLINE], flows[POSTAL],
                flows[RESOLVED], flows[EARLY], flows[ON_TIME], flows[LATE], flows[APOLOGISED_IN_TIME],
                flows[APOLOGISED_LATE], flows[NEVER_APOLOGISED], StatsRow.rate(flows[EARLY], flows[ON_TIME], flows[RESOLVED]), now[OPEN] - fromEnd[OPEN],
                now[OVERDUE] - fromEnd[OVERDUE], now[PAUSED] - fromEnd[PAUSED]);
    }

    /** The deltas of days [from, to) ({@code to} null = up to now): whole months from month rows, the rest by day. */
    long[] sum(LocalDate from, LocalDate to) {
        long[] total = new long[COLUMNS];
        for (Granule g : granules) {
            boolean in = switch (g.grain) {
                case M -> wholeMonthInside(g.period, from, to);
                case D -> inside(g.period, from, to) && !wholeMonthInside(g.period.withDayOfMonth(1), from, to);
                case J -> inside(g.period, from, to);
                case N -> false;
            };
            if (in) {
                add(total, g.values);
            }
        }
        return total;
    }

    /** Stocks now: the folded totals plus every unfolded journal row. */
    long[] now() {
        long[] total = new long[COLUMNS];
        for (Granule g : granules) {
            if (g.grain == Grain.N || g.grain == Grain.J) {
                add(total, g.values);
            }
        }
        return total;
    }

    private static boolean inside(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && (to == null || day.isBefore(to));
    }

    private static boolean wholeMonthInside(LocalDate month, LocalDate from, LocalDate to) {
        return !month.isBefore(from) && (to == null || !month.plusMonths(1).isAfter(to));
    }

    private static void add(long[] total, long[] values) {
        for (int i = 0; i < COLUMNS; i++) {
            total[i] += values[i];
        }
    }
}
