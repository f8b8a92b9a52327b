package vn.motcua.calendar.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.SplittableRandom;
import vn.motcua.calendar.BusinessCalendar;
import vn.motcua.calendar.OfficialCalendars;
import vn.motcua.calendar.WorkingTimeUnit;

/**
 * Throughput of {@code due()} on the national calendar: random receipts in 2024-2026, amounts 1..90. A plain main
 * class (not a test) so that timings never become assertions; run it as described in the README.
 */
public final class CalendarBenchmark {

    private static final int SAMPLES = 1 << 20;

    private CalendarBenchmark() {
    }

    public static void main(String[] args) {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 5_000_000;
        BusinessCalendar calendar = OfficialCalendars.calendar(OfficialCalendars.NATIONAL_ID);
        Instant[] receipts = receipts(calendar.zone());
        long[] amounts = new SplittableRandom(7).longs(SAMPLES, 1, 91).toArray();
        for (WorkingTimeUnit unit : new WorkingTimeUnit[] {WorkingTimeUnit.WORKING_DAYS,
                WorkingTimeUnit.WORKING_HOURS}) {
            run(calendar, unit, receipts, amounts, calls / 2);
            double best = 0;
            for (int round = 0; round < 3; round++) {
                best = Math.max(best, run(calendar, unit, receipts, amounts, calls));
            }
            System.out.printf("%-14s %,12.0f due() calls/s (best of 3 rounds of %,d calls, one thread)%n",
                    unit, best, calls);
        }
    }

    private static double run(BusinessCalendar calendar, WorkingTimeUnit unit, Instant[] receipts, long[] amounts,
                              int calls) {
        long checksum = 0;
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            int k = i & (SAMPLES - 1);
            checksum += calendar.due(receipts[k], amounts[k], unit).getEpochSecond();
        }
        long elapsed = System.nanoTime() - start;
        if (checksum == 42) {
            System.out.println("(checksum keeps the JIT from removing the loop)");
        }
        return calls / (elapsed / 1e9);
    }

    private static Instant[] receipts(ZoneId zone) {
        long from = LocalDate.of(2024, 1, 1).atStartOfDay(zone).toEpochSecond();
        long to = LocalDate.of(2027, 1, 1).atStartOfDay(zone).toEpochSecond();
        SplittableRandom random = new SplittableRandom(42);
        Instant[] receipts = new Instant[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            receipts[i] = Instant.ofEpochSecond(random.nextLong(from, to));
        }
        return receipts;
    }
}
