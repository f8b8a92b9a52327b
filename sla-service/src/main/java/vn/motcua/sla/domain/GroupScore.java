package vn.motcua.sla.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One of Decision 766's groups in a scorecard: {@code points} adds up its indicators' known points; {@code complete}
 * when every indicator is scored and their maxima make the group's maximum, i.e. the group's points are the official
 * figure rather than a part of it.
 */
public record GroupScore(String key, String name, int maximum, BigDecimal points, boolean complete,
        List<IndicatorScore> indicators) {

    public static GroupScore of(IndicatorGroup group, List<IndicatorScore> indicators) {
        BigDecimal points = indicators.stream().map(IndicatorScore::points).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal maxima = indicators.stream().map(IndicatorScore::maximum).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean complete = indicators.stream().allMatch(IndicatorScore::pointsKnown)
                && maxima.compareTo(BigDecimal.valueOf(group.maximum())) == 0;
        return new GroupScore(group.key(), group.label(), group.maximum(), points, complete, indicators);
    }
}
