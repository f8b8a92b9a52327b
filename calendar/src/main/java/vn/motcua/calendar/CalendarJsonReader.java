package vn.motcua.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.motcua.calendar.CalendarValidationException.Violation;

/** Turns a JSON tree into a definition, recording every shape error (unknown field, bad format) with its path. */
final class CalendarJsonReader {

    private static final Set<String> CALENDAR_FIELDS = Set.of("id", "timeZone", "basedOn", "sessions", "exceptions");
    private static final Set<String> EXCEPTION_FIELDS =
            Set.of("date", "type", "label", "source", "sessions", "unverified");
    private static final Set<String> SESSION_FIELDS = Set.of("start", "end");

    private final List<Violation> violations = new ArrayList<>();

    List<Violation> violations() {
        return violations;
    }

    CalendarDefinition read(JsonNode root) {
        if (!root.isObject()) {
            violations.add(new Violation("$", "must be a JSON object"));
            return new CalendarDefinition(null, null, null, null, null);
        }
        rejectUnknown("", root, CALENDAR_FIELDS);
        return new CalendarDefinition(text("id", root.get("id")), text("timeZone", root.get("timeZone")),
                text("basedOn", root.get("basedOn")), weekly(root.get("sessions")), exceptions(root.get("exceptions")));
    }

    private Map<DayOfWeek, List<Session>> weekly(JsonNode node) {
        Map<DayOfWeek, List<Session>> weekly = new EnumMap<>(DayOfWeek.class);
        if (!isPresent(node) || !expect("sessions", node, node.isObject(), "must be an object keyed by weekday")) {
            return weekly;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String path = "sessions." + entry.getKey();
            try {
                weekly.put(DayOfWeek.valueOf(entry.getKey()), sessions(path, entry.getValue()));
            } catch (IllegalArgumentException e) {
                violations.add(new Violation(path, "unknown weekday; expected MONDAY ... SUNDAY"));
            }
        }
        return weekly;
    }

    private List<CalendarException> exceptions(JsonNode node) {
        List<CalendarException> exceptions = new ArrayList<>();
        if (!isPresent(node) || !expect("exceptions", node, node.isArray(), "must be an array")) {
            return exceptions;
        }
        for (int i = 0; i < node.size(); i++) {
            String path = "exceptions[" + i + "]";
            JsonNode item = node.get(i);
            if (expect(path, item, item.isObject(), "must be an object")) {
                rejectUnknown(path + ".", item, EXCEPTION_FIELDS);
                exceptions.add(new CalendarException(date(path + ".date", item.get("date")),
                        type(path + ".type", item.get("type")), text(path + ".label", item.get("label")),
                        text(path + ".source", item.get("source")), sessions(path + ".sessions", item.get("sessions")),
                        flag(path + ".unverified", item.get("unverified"))));
            } else {
                // keeps later indices aligned with the JSON array
                exceptions.add(new CalendarException(null, null, null, null, null, false));
            }
        }
        return exceptions;
    }

    private List<Session> sessions(String path, JsonNode node) {
        List<Session> sessions = new ArrayList<>();
        if (!isPresent(node) || !expect(path, node, node.isArray(), "must be an array of {start, end}")) {
            return sessions;
        }
        for (int i = 0; i < node.size(); i++) {
            String itemPath = path + "[" + i + "]";
            JsonNode item = node.get(i);
            if (expect(itemPath, item, item.isObject(), "must be an object {start, end}")) {
                rejectUnknown(itemPath + ".", item, SESSION_FIELDS);
                sessions.add(new Session(time(itemPath + ".start", item.get("start")),
                        time(itemPath + ".end", item.get("end"))));
            } else {
                sessions.add(new Session(null, null));
            }
        }
        return sessions;
    }

    private LocalTime time(String path, JsonNode node) {
        return parsed(path, node, TimeText::parse, "must be a time \"HH:mm\" (00:00-23:59, or 24:00)");
    }

    private LocalDate date(String path, JsonNode node) {
        return parsed(path, node, LocalDate::parse, "must be an ISO date \"yyyy-MM-dd\"");
    }

    private ExceptionType type(String path, JsonNode node) {
        return parsed(path, node, ExceptionType::valueOf, "must be DAY_OFF or WORKING_DAY");
    }

    private <T> T parsed(String path, JsonNode node, Function<String, T> parser, String rule) {
        String text = text(path, node);
        try {
            return text == null ? null : parser.apply(text);
        } catch (RuntimeException e) {
            violations.add(new Violation(path, rule + ", got '" + text + "'"));
            return null;
        }
    }

    private boolean flag(String path, JsonNode node) {
        return isPresent(node) && expect(path, node, node.isBoolean(), "must be true or false") && node.asBoolean();
    }

    private String text(String path, JsonNode node) {
        return isPresent(node) && expect(path, node, node.isTextual(), "must be a string") ? node.asText() : null;
    }

    private static boolean isPresent(JsonNode node) {
        return node != null && !node.isNull();
    }

    private boolean expect(String path, JsonNode node, boolean condition, String message) {
        if (!condition) {
            violations.add(new Violation(path, message + ", got " + node.getNodeType().name().toLowerCase()));
        }
        return condition;
    }

    private void rejectUnknown(String prefix, JsonNode node, Set<String> known) {
        node.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                violations.add(new Violation(prefix + name, "unknown field"));
            }
        });
    }
}
