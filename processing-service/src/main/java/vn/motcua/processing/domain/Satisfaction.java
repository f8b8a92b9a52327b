package vn.motcua.processing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Satisfaction figures of a set of ratings, as provinces report them ("hài lòng với kết quả 80,04%"): per criterion
 * the scores given, their mean and the share of satisfied ones (score 4 or 5), each rounded half up to 2 decimals;
 * "overall" pools every criterion's scores. Totals add the tallies, never the rounded figures.
 */
public final class Satisfaction {
    private Satisfaction() {
    }

    /** Whose figures: the deciding agency's, or the officer's who held the last step. */
    public enum GroupBy { AGENCY, OFFICER }

    /** Scores given, their sum and how many were satisfied. */
    public record Tally(long count, long sum, long satisfied) {
        public static final Tally NONE = new Tally(0, 0, 0);

        public Tally plus(Tally other) {
            return new Tally(count + other.count, sum + other.sum, satisfied + other.satisfied);
        }
    }

    /** {@code mean} (1-5) and {@code satisfiedPercent} (0-100) are null when nothing was scored. */
    public record Figure(long count, BigDecimal mean, long satisfied, BigDecimal satisfiedPercent) {
        public static Figure of(Tally t) {
            if (t.count() == 0) {
                return new Figure(0, null, 0, null);
            }
            BigDecimal count = BigDecimal.valueOf(t.count());
            return new Figure(t.count(), BigDecimal.valueOf(t.sum()).divide(count, 2, RoundingMode.HALF_UP),
                    t.satisfied(), BigDecimal.valueOf(t.satisfied() * 100).divide(count, 2, RoundingMode.HALF_UP));
        }
    }

    /** The ratings of one agency or officer ({@code key}; null: none recorded), with their tallies per criterion. */
    public record Group(String key, String name, long ratings, Map<Criterion, Tally> tallies) {
        public Group {
            tallies = tallies.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(tallies));
        }

        public Figure figure(Criterion c) {
            return Figure.of(tallies.getOrDefault(c, Tally.NONE));
        }

        public Figure overall() {
            return Figure.of(tallies.values().stream().reduce(Tally.NONE, Tally::plus));
        }
    }

    /** All groups together. */
    public static Group total(List<Group> groups) {
        Map<Criterion, Tally> sums = new EnumMap<>(Criterion.class);
        long ratings = 0;
        for (Group g : groups) {
            ratings += g.ratings();
            g.tallies().forEach((c, t) -> sums.merge(c, t, Tally::plus));
        }
        return new Group(null, null, ratings, sums);
    }
}
