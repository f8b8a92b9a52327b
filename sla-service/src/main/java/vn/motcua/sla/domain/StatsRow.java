package vn.motcua.sla.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One row of the statistics (report columns of domain.md "Statistics"). {@code onTimeRate} is a percentage with one
 * decimal, (early + onTime) / resolved, null when nothing was resolved.
 */
public record StatsRow(String key, String label, long carriedOver, long received, long receivedInPerson,
        long receivedOnline, long receivedPostal, long resolved, long early, long onTime, long late,
        BigDecimal onTimeRate, long inProgress, long inProgressOverdue, long paused) {

    public static BigDecimal rate(long early, long onTime, long resolved) {
        if (resolved == 0) {
            return null;
        }
        return BigDecimal.valueOf((early + onTime) * 100L).divide(BigDecimal.valueOf(resolved), 1, RoundingMode.HALF_UP);
    }

    public StatsRow withLabel(String newLabel) {
        return new StatsRow(key, newLabel, carriedOver, received, receivedInPerson, receivedOnline, receivedPostal,
                resolved, early, onTime, late, onTimeRate, inProgress, inProgressOverdue, paused);
    }
}
