package vn.motcua.sla.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A sub-period of a statistics query: [start, end) in instants, from whole days in Vietnam's time. A query grouped
 * by month, quarter or year has one bucket per period (clipped to the query's dates); any other query has one.
 */
public record StatsBucket(String key, String label, Instant start, Instant end) {

    public static List<StatsBucket> of(LocalDate from, LocalDate to, GroupBy groupBy, ZoneId zone) {
        if (!groupBy.isPeriod()) {
            return List.of(whole(from, to, zone));
        }
        List<StatsBucket> buckets = new ArrayList<>();
        LocalDate periodStart = startOf(from, groupBy);
        while (!periodStart.isAfter(to)) {
            LocalDate next = switch (groupBy) {
                case MONTH -> periodStart.plusMonths(1);
                case QUARTER -> periodStart.plusMonths(3);
                default -> periodStart.plusYears(1);
            };
            LocalDate start = periodStart.isBefore(from) ? from : periodStart;
            LocalDate endExclusive = next.isAfter(to.plusDays(1)) ? to.plusDays(1) : next;
            buckets.add(new StatsBucket(key(periodStart, groupBy), label(periodStart, groupBy),
                    start.atStartOfDay(zone).toInstant(), endExclusive.atStartOfDay(zone).toInstant()));
            periodStart = next;
        }
        return buckets;
    }

    /** The whole query period as one bucket. */
    public static StatsBucket whole(LocalDate from, LocalDate to, ZoneId zone) {
        return new StatsBucket("total", "Tổng cộng", from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    private static LocalDate startOf(LocalDate day, GroupBy groupBy) {
        return switch (groupBy) {
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
            default -> day.withDayOfYear(1);
        };
    }

    private static String key(LocalDate start, GroupBy groupBy) {
        return switch (groupBy) {
            case MONTH -> "%d-%02d".formatted(start.getYear(), start.getMonthValue());
            case QUARTER -> "%d-Q%d".formatted(start.getYear(), (start.getMonthValue() - 1) / 3 + 1);
            default -> String.valueOf(start.getYear());
        };
    }

    private static String label(LocalDate start, GroupBy groupBy) {
        return switch (groupBy) {
            case MONTH -> "Tháng %02d/%d".formatted(start.getMonthValue(), start.getYear());
            case QUARTER -> "Quý %d/%d".formatted((start.getMonthValue() - 1) / 3 + 1, start.getYear());
            default -> "Năm " + start.getYear();
        };
    }
}
