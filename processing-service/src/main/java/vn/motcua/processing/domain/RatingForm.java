package vn.motcua.processing.domain;

import java.util.EnumMap;
import java.util.Map;

/**
 * What a citizen's rating says, checked: a whole score from 1 to 5 for every {@link Criterion} and an optional
 * comment of at most {@link #MAX_COMMENT} characters (blank is none).
 */
public record RatingForm(Map<Criterion, Integer> scores, String comment) {
    public static final int MAX_COMMENT = 1000;

    public RatingForm {
        scores = Map.copyOf(scores);
    }

    /**
     * From the request as typed ({@code scores} keyed by criterion code; numbers as JSON gives them).
     *
     * @throws InvalidInput naming {@code scores}, {@code scores.<CODE>} or {@code comment}
     */
    public static RatingForm of(Map<String, ?> typed, String comment) {
        if (typed == null || typed.isEmpty()) {
            throw new InvalidInput("scores", "is required: a score from 1 to 5 for each of " + Criterion.codes());
        }
        for (String key : typed.keySet()) {
            if (Criterion.ofCode(key).isEmpty()) {
                throw new InvalidInput("scores." + key, "is no criterion; the criteria are " + Criterion.codes());
            }
        }
        Map<Criterion, Integer> scores = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            Object value = typed.get(c.name());
            if (value == null) {
                throw new InvalidInput("scores." + c.name(), "is required: a score from 1 to 5 (" + c.label() + ")");
            }
            if (!(value instanceof Integer score) || score < Criterion.LOWEST || score > Criterion.HIGHEST) {
                throw new InvalidInput("scores." + c.name(), "must be a whole number from 1 to 5");
            }
            scores.put(c, score);
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.codePointCount(0, text.length()) > MAX_COMMENT) {
            throw new InvalidInput("comment", "must be at most " + MAX_COMMENT + " characters");
        }
        return new RatingForm(scores, text);
    }
}
