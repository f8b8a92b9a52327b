package vn.motcua.sla.domain;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The points of the indicators whose official scale a province has (settings {@code motcua.sla.indicator-points}):
 * an indicator's maximum, scored in proportion to its rate. Decision 766 as this product holds it gives only the groups'
 * maxima, so none is set by default and no points are invented (docs/decision-766.md).
 */
public final class IndexScale {
    private final Map<Indicator, BigDecimal> maxima;

    private IndexScale(Map<Indicator, BigDecimal> maxima) {
        this.maxima = maxima;
    }

    /** From settings keyed by indicator key; an unknown key or a group's maxima above the group's: refused. */
    public static IndexScale of(Map<String, Double> settings) {
        Map<Indicator, BigDecimal> maxima = new EnumMap<>(Indicator.class);
        settings.forEach((key, points) -> {
            Indicator indicator = Indicator.byKey(key).orElseThrow(() -> new IllegalArgumentException(
                    "motcua.sla.indicator-points: no indicator " + key));
            if (points == null || points < 0) {
                throw new IllegalArgumentException("motcua.sla.indicator-points." + key + ": not a number of points");
            }
            maxima.put(indicator, BigDecimal.valueOf(points));
        });
        for (IndicatorGroup group : IndicatorGroup.values()) {
            BigDecimal sum = maxima.entrySet().stream().filter(e -> e.getKey().group() == group)
                    .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(BigDecimal.valueOf(group.maximum())) > 0) {
                throw new IllegalArgumentException("motcua.sla.indicator-points: the indicators of " + group.key()
                        + " add up to " + sum + ", more than the group's " + group.maximum());
            }
        }
        return new IndexScale(maxima);
    }

    public Optional<BigDecimal> maximum(Indicator indicator) {
        return Optional.ofNullable(maxima.get(indicator));
    }
}
