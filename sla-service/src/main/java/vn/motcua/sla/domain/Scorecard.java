package vn.motcua.sla.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Decision 766's scorecard of one period or agency: the five groups and their indicators; {@code total} the known
 * points (at most 100), {@code completeGroups} the groups whose points are whole, {@code pointsKnown} when all five are.
 * {@code averageRate} (the mean of the indicators' rates, not official) breaks ties in a ranking; {@code rank} is set
 * in a ranking only.
 */
public record Scorecard(String key, String label, Integer rank, BigDecimal total, int maximum,
        List<String> completeGroups, boolean pointsKnown, BigDecimal averageRate, List<GroupScore> groups) {

    /** Numerator and denominator of an indicator. */
    public record Count(long numerator, long denominator) {
        public static final Count NONE = new Count(0, 0);
    }

    public static Scorecard of(String key, String label, Map<Indicator, Count> counts, IndexScale scale) {
        Map<IndicatorGroup, List<IndicatorScore>> byGroup = new EnumMap<>(IndicatorGroup.class);
        for (Indicator i : Indicator.values()) {
            Count c = counts.getOrDefault(i, Count.NONE);
            byGroup.computeIfAbsent(i.group(), g -> new ArrayList<>())
                    .add(IndicatorScore.of(i, c.numerator(), c.denominator(), scale));
        }
        List<GroupScore> groups = byGroup.entrySet().stream().map(e -> GroupScore.of(e.getKey(), e.getValue())).toList();
        BigDecimal total = groups.stream().map(GroupScore::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<String> complete = groups.stream().filter(GroupScore::complete).map(GroupScore::key).toList();
        List<BigDecimal> rates = groups.stream().flatMap(g -> g.indicators().stream()).map(IndicatorScore::rate)
                .filter(Objects::nonNull).toList();
        BigDecimal average = rates.isEmpty() ? null : rates.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(rates.size()), 2, RoundingMode.HALF_UP);
        return new Scorecard(key, label, null, total, 100, complete, complete.size() == groups.size(), average, groups);
    }

    /** Best first: the known points, then the mean rate (none last), then the key; ranks 1, 2, ... */
    public static List<Scorecard> ranked(List<Scorecard> cards) {
        Comparator<Scorecard> order = Comparator.comparing(Scorecard::total).reversed()
                .thenComparing(Scorecard::averageRate, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Scorecard::key);
        List<Scorecard> sorted = cards.stream().sorted(order).toList();
        List<Scorecard> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Scorecard s = sorted.get(i);
            ranked.add(new Scorecard(s.key, s.label, i + 1, s.total, s.maximum, s.completeGroups, s.pointsKnown,
                    s.averageRate, s.groups));
        }
        return ranked;
    }
}
