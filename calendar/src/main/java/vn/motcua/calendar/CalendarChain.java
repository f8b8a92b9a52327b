package vn.motcua.calendar;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.motcua.calendar.CalendarValidationException.Violation;

/** Resolves and validates a {@code basedOn} chain, from the calendar itself to its root. */
final class CalendarChain {

    private CalendarChain() {
    }

    /** The validated chain: element 0 is {@code definition}, the last one has no {@code basedOn}. */
    static List<CalendarDefinition> resolve(CalendarDefinition definition,
                                            Function<String, Optional<CalendarDefinition>> resolver) {
        CalendarValidator.validate(definition);
        List<CalendarDefinition> chain = new ArrayList<>(List.of(definition));
        Set<String> ids = new LinkedHashSet<>(List.of(definition.id()));
        CalendarDefinition current = definition;
        while (current.basedOn() != null) {
            String baseId = current.basedOn();
            if (!ids.add(baseId)) {
                throw invalid("cycle: " + String.join(" -> ", ids) + " -> " + baseId);
            }
            Optional<CalendarDefinition> base = resolver.apply(baseId);
            if (base.isEmpty()) {
                throw invalid("unknown calendar '" + baseId + "'");
            }
            if (!baseId.equals(base.get().id())) {
                throw invalid("calendar '" + baseId + "' resolved to a calendar with id '" + base.get().id() + "'");
            }
            List<Violation> baseViolations = CalendarValidator.violations(base.get());
            if (!baseViolations.isEmpty()) {
                throw invalid("calendar '" + baseId + "' is invalid: " + baseViolations);
            }
            current = base.get();
            chain.add(current);
        }
        return chain;
    }

    private static CalendarValidationException invalid(String message) {
        return new CalendarValidationException(List.of(new Violation("basedOn", message)));
    }
}
