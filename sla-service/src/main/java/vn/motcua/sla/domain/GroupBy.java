package vn.motcua.sla.domain;

import java.util.Locale;
import java.util.Optional;

/** Dimensions of the statistics: one of them per query, or a calendar period. */
public enum GroupBy {
    AGENCY, LEVEL, FIELD, PROCEDURE, CHANNEL, MONTH, QUARTER, YEAR;

    public boolean isPeriod() {
        return this == MONTH || this == QUARTER || this == YEAR;
    }

    public static Optional<GroupBy> parse(String text) {
        for (GroupBy g : values()) {
            if (g.name().equals(text.toUpperCase(Locale.ROOT))) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
