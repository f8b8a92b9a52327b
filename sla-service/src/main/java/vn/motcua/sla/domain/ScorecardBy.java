package vn.motcua.sla.domain;

import java.util.Locale;
import java.util.Optional;

/** How scorecards split a period: one for the whole period, one per month, or one per agency (ranked). */
public enum ScorecardBy {
    TOTAL, MONTH, AGENCY;

    /** {@code month} or {@code agency}; blank: the whole period. */
    public static Optional<ScorecardBy> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(TOTAL);
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "month" -> Optional.of(MONTH);
            case "agency" -> Optional.of(AGENCY);
            default -> Optional.empty();
        };
    }
}
