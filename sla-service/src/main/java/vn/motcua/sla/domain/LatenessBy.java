package vn.motcua.sla.domain;

import java.util.Locale;
import java.util.Optional;

/** The accountability groupings of {@code GET /api/v1/stats}: late dossiers by the unit, step or officer to blame. */
public enum LatenessBy {
    UNIT, STEP, OFFICER;

    public static Optional<LatenessBy> parse(String text) {
        for (LatenessBy b : values()) {
            if (b.name().equals(text.toUpperCase(Locale.ROOT))) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }
}
