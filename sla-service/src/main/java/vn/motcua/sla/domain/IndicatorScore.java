package vn.motcua.sla.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One indicator of a scorecard: {@code rate} = numerator / denominator in percent (2 decimals, null when nothing was
 * counted); {@code points} and {@code maximum} only where the scale is known ({@code pointsKnown}), else null with
 * {@code reason}.
 */
public record IndicatorScore(String key, String name, long numerator, long denominator, BigDecimal rate,
        BigDecimal points, BigDecimal maximum, boolean pointsKnown, String reason, String source) {

    static final String SCALE_UNKNOWN = "Decision 766 gives the group's maximum only; this indicator's share of it and"
            + " its scoring scale are not known to this product (set motcua.sla.indicator-points from the official"
            + " guidance)";
    static final String NOTHING_COUNTED = "nothing to count in the period (denominator 0)";

    public static IndicatorScore of(Indicator indicator, long numerator, long denominator, IndexScale scale) {
        BigDecimal rate = denominator == 0 ? null : BigDecimal.valueOf(numerator * 100L)
                .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
        BigDecimal maximum = scale.maximum(indicator).orElse(null);
        BigDecimal points = null;
        String reason = null;
        if (maximum == null) {
            reason = SCALE_UNKNOWN;
        } else if (denominator == 0) {
            reason = NOTHING_COUNTED;
        } else {
            // in proportion to the rate: the one scale this product applies (IndexScale)
            points = maximum.multiply(BigDecimal.valueOf(numerator))
                    .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
        }
        return new IndicatorScore(indicator.key(), indicator.label(), numerator, denominator, rate, points, maximum,
                points != null, reason, indicator.source());
    }
}
