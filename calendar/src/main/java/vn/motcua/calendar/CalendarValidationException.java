package vn.motcua.calendar;

import java.util.List;
import java.util.stream.Collectors;

/** A calendar definition broke one or more rules; each violation names the field path and the rule. */
public class CalendarValidationException extends RuntimeException {

    /** One broken rule, e.g. field {@code sessions.MONDAY[1].end}, message {@code must be after start 11:30}. */
    public record Violation(String field, String message) {
        @Override
        public String toString() {
            return field + ": " + message;
        }
    }

    private final List<Violation> violations;

    public CalendarValidationException(List<Violation> violations) {
        super("invalid calendar: " + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
