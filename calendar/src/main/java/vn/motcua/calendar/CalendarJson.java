package vn.motcua.calendar;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.calendar.CalendarValidationException.Violation;

/** Reads and writes calendars in the JSON schema of {@code GET|PUT /api/v1/calendars/{id}}. */
public final class CalendarJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private CalendarJson() {
    }

    /** Parses and validates (shape and rules, not the {@code basedOn} chain); reports all violations at once. */
    public static CalendarDefinition parse(String json) {
        try {
            return fromTree(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw malformed(e);
        }
    }

    /** As {@link #parse(String)}, reading UTF-8 JSON from the stream (not closed). */
    public static CalendarDefinition parse(InputStream json) {
        try {
            return fromTree(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The calendar as indented JSON; times "HH:mm", dates ISO, absent optional fields omitted. */
    public static String write(CalendarDefinition definition) {
        try {
            return MAPPER.writeValueAsString(CalendarJsonWriter.tree(definition));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write calendar " + definition.id(), e);
        }
    }

    private static CalendarDefinition fromTree(JsonNode root) {
        if (root == null || root.isMissingNode()) {
            throw new CalendarValidationException(List.of(new Violation("$", "empty body")));
        }
        CalendarJsonReader reader = new CalendarJsonReader();
        CalendarDefinition definition = reader.read(root);
        List<Violation> violations = new ArrayList<>(reader.violations());
        for (Violation rule : CalendarValidator.violations(definition)) {
            // a field already reported as malformed is null in the definition: do not report it twice
            if (violations.stream().noneMatch(shape -> covers(shape.field(), rule.field()))) {
                violations.add(rule);
            }
        }
        if (!violations.isEmpty()) {
            throw new CalendarValidationException(violations);
        }
        return definition;
    }

    private static boolean covers(String reported, String field) {
        return field.equals(reported) || field.startsWith(reported + ".") || field.startsWith(reported + "[");
    }

    private static CalendarValidationException malformed(JsonProcessingException e) {
        return new CalendarValidationException(List.of(new Violation("$", "malformed JSON: " + e.getOriginalMessage()
                + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                + ", column " + e.getLocation().getColumnNr()))));
    }
}
