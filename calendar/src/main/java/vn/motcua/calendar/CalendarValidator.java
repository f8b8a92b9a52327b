package vn.motcua.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.motcua.calendar.CalendarValidationException.Violation;

/** Validates a calendar definition and reports every broken rule with its field path. */
public final class CalendarValidator {

    private CalendarValidator() {
    }

    /** Checks one definition on its own (a {@code basedOn} naming the calendar itself is a cycle). */
    public static void validate(CalendarDefinition definition) {
        List<Violation> violations = violations(definition);
        if (!violations.isEmpty()) {
            throw new CalendarValidationException(violations);
        }
    }

    /** Checks the definition and its whole {@code basedOn} chain (unknown calendar, cycle, invalid base). */
    public static void validate(CalendarDefinition definition,
                                Function<String, Optional<CalendarDefinition>> resolver) {
        CalendarChain.resolve(definition, resolver);
    }

    static List<Violation> violations(CalendarDefinition definition) {
        List<Violation> out = new ArrayList<>();
        if (definition.id() == null || definition.id().isBlank()) {
            out.add(new Violation("id", "is required"));
        }
        checkZone(definition.timeZone(), out);
        if (definition.basedOn() != null && definition.basedOn().isBlank()) {
            out.add(new Violation("basedOn", "must be null or a calendar id"));
        } else if (definition.basedOn() != null && definition.basedOn().equals(definition.id())) {
            out.add(new Violation("basedOn", "cycle: " + definition.id() + " -> " + definition.id()));
        }
        definition.sessions().forEach((day, sessions) -> SessionRules.check("sessions." + day, sessions, out));
        checkExceptions(definition.exceptions(), out);
        return out;
    }

    private static void checkZone(String zone, List<Violation> out) {
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            out.add(new Violation("timeZone", "unknown time zone '" + zone + "'"));
        }
    }

    private static void checkExceptions(List<CalendarException> exceptions, List<Violation> out) {
        Map<LocalDate, Integer> seen = new HashMap<>();
        for (int i = 0; i < exceptions.size(); i++) {
            String path = "exceptions[" + i + "]";
            CalendarException exception = exceptions.get(i);
            if (exception == null) {
                out.add(new Violation(path, "is required"));
                continue;
            }
            if (exception.date() == null) {
                out.add(new Violation(path + ".date", "is required"));
            } else if (seen.containsKey(exception.date())) {
                out.add(new Violation(path + ".date", "duplicate date " + exception.date()
                        + " (already in exceptions[" + seen.get(exception.date()) + "])"));
            } else {
                seen.put(exception.date(), i);
            }
            requireText(path + ".label", exception.label(), out);
            requireText(path + ".source", exception.source(), out);
            if (exception.type() == null) {
                out.add(new Violation(path + ".type", "is required (DAY_OFF or WORKING_DAY)"));
            } else if (exception.type() == ExceptionType.DAY_OFF && !exception.sessions().isEmpty()) {
                out.add(new Violation(path + ".sessions", "must be absent for a DAY_OFF"));
            } else {
                SessionRules.check(path + ".sessions", exception.sessions(), out);
            }
        }
    }

    private static void requireText(String path, String value, List<Violation> out) {
        if (value == null || value.isBlank()) {
            out.add(new Violation(path, "is required"));
        }
    }
}
