package vn.motcua.sla.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Month rows + day rows of the cut months + stocks now must give the same report rows as every day's deltas summed
 * one by one, for any bucket: random deltas over five months, random buckets.
 */
class StatsGranulesTest {
    private static final LocalDate FIRST = LocalDate.of(2026, 1, 1);
    private static final int DAYS = 151;

    @Test
    void monthsDaysAndStocksNowAgreeWithTheDailyJournal() {
        SplittableRandom rnd = new SplittableRandom(7);
        long[][] perDay = new long[DAYS][];
        for (int d = 0; d < DAYS; d++) {
            perDay[d] = new long[StatsGranules.COLUMNS];
            for (int c = 0; c < StatsGranules.COLUMNS; c++) {
                // stock deltas may be negative (leaving a stock); keep each stock's running sum non-negative on average
                perDay[d][c] = c >= StatsGranules.OPEN ? rnd.nextInt(-3, 5) : rnd.nextInt(0, 4);
            }
        }
        for (int i = 0; i < 300; i++) {
            int a = rnd.nextInt(0, DAYS);
            int b = rnd.nextInt(a + 1, DAYS + 1);
            LocalDate start = FIRST.plusDays(a);
            LocalDate end = FIRST.plusDays(b);
            boolean endIsNow = rnd.nextInt(4) == 0;
            StatsRow expected = daily(perDay).row("k", "k", start, end, endIsNow);
            StatsRow actual = aggregated(perDay, start, end).row("k", "k", start, end, endIsNow);
            assertThat(actual).as("[%s, %s) now=%s", start, end, endIsNow).isEqualTo(expected);
        }
    }

    private static StatsGranules daily(long[][] perDay) {
        StatsGranules g = new StatsGranules();
        for (int d = 0; d < DAYS; d++) {
            g.add(StatsGranules.Grain.J, FIRST.plusDays(d), perDay[d]);
        }
        return g;
    }

    /** As StatisticsQuery reads them: month rows, day rows of the months the bucket cuts, stocks now. */
    private static StatsGranules aggregated(long[][] perDay, LocalDate start, LocalDate end) {
        StatsGranules g = new StatsGranules();
        long[] now = new long[StatsGranules.COLUMNS];
        for (LocalDate m = FIRST; m.isBefore(FIRST.plusDays(DAYS)); m = m.plusMonths(1)) {
            long[] month = new long[StatsGranules.COLUMNS];
            boolean cut = (start.getDayOfMonth() != 1 && start.withDayOfMonth(1).equals(m))
                    || (end.getDayOfMonth() != 1 && end.withDayOfMonth(1).equals(m));
            for (LocalDate d = m; d.isBefore(m.plusMonths(1)) && d.isBefore(FIRST.plusDays(DAYS)); d = d.plusDays(1)) {
                long[] v = perDay[(int) (d.toEpochDay() - FIRST.toEpochDay())];
                for (int c = 0; c < v.length; c++) {
                    month[c] += v[c];
                    now[c] += c >= StatsGranules.OPEN ? v[c] : 0;
                }
                if (cut) {
                    g.add(StatsGranules.Grain.D, d, v);
                }
            }
            g.add(StatsGranules.Grain.M, m, month);
        }
        g.add(StatsGranules.Grain.N, null, now);
        return g;
    }
}
