package vn.motcua.processing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.processing.domain.Satisfaction.Figure;
import vn.motcua.processing.domain.Satisfaction.Tally;

/** Rounding of the satisfaction figures and the rating form's rules. */
class SatisfactionTest {

    @Test
    void meansAndSharesRoundHalfUpToTwoDecimals() {
        Figure f = Figure.of(new Tally(3, 10, 2));
        assertThat(f.mean()).isEqualByComparingTo("3.33");
        assertThat(f.satisfiedPercent()).isEqualByComparingTo("66.67");
        // 80.04%: 2001 satisfied of 2500
        assertThat(Figure.of(new Tally(2500, 10_000, 2001)).satisfiedPercent()).isEqualTo(new BigDecimal("80.04"));
        assertThat(Figure.of(Tally.NONE).mean()).isNull();
        assertThat(Figure.of(Tally.NONE).satisfiedPercent()).isNull();
    }

    @Test
    void aTotalPoolsTheTalliesNotTheRoundedFigures() {
        var a = new Satisfaction.Group("A", null, 3, Map.of(Criterion.RESULT, new Tally(3, 10, 2)));
        var b = new Satisfaction.Group("B", null, 1, Map.of(Criterion.RESULT, new Tally(1, 5, 1)));
        var total = Satisfaction.total(List.of(a, b));
        assertThat(total.ratings()).isEqualTo(4);
        assertThat(total.figure(Criterion.RESULT).mean()).isEqualByComparingTo("3.75");
        assertThat(total.figure(Criterion.RESULT).satisfiedPercent()).isEqualByComparingTo("75.00");
        assertThat(total.figure(Criterion.ACCESS).count()).isZero();
    }

    @Test
    void aRatingFormNeedsEveryCriterionScoredOneToFive() {
        Map<String, Object> all = Map.of("ACCESS", 1, "PROCEDURE", 2, "OFFICER", 3, "RESULT", 4, "FEEDBACK", 5);
        assertThat(RatingForm.of(all, "  ").comment()).isNull();
        assertThat(RatingForm.of(all, null).scores()).containsEntry(Criterion.FEEDBACK, 5).hasSize(5);
        assertThatThrownBy(() -> RatingForm.of(Map.of("ACCESS", 0), null)).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).field()).isEqualTo("scores.ACCESS");
        assertThatThrownBy(() -> RatingForm.of(all, "x".repeat(1001))).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).field()).isEqualTo("comment");
    }
}
