package vn.motcua.processing.api;

import java.time.OffsetDateTime;
import java.util.Map;

/** The answer to a rating: what was recorded (the comment is not echoed), in the citizen's words too. */
public record RatingReceipt(String dossierCode, OffsetDateTime ratedAt, Map<String, Integer> scores, String message) {
    static final String THANKS = "Cảm ơn ông/bà đã đánh giá";
}
