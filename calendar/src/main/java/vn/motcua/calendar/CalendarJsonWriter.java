package vn.motcua.calendar;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Builds the JSON tree of a definition in the field order of the REST schema. */
final class CalendarJsonWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CalendarJsonWriter() {
    }

    static ObjectNode tree(CalendarDefinition definition) {
        ObjectNode root = NODES.objectNode();
        root.put("id", definition.id());
        root.put("timeZone", definition.timeZone());
        root.put("basedOn", definition.basedOn());
        ObjectNode weekly = root.putObject("sessions");
        definition.sessions().forEach((day, sessions) -> weekly.set(day.name(), sessions(sessions)));
        ArrayNode exceptions = root.putArray("exceptions");
        for (CalendarException exception : definition.exceptions()) {
            ObjectNode item = exceptions.addObject();
            item.put("date", exception.date() == null ? null : exception.date().toString());
            item.put("type", exception.type() == null ? null : exception.type().name());
            item.put("label", exception.label());
            item.put("source", exception.source());
            if (!exception.sessions().isEmpty()) {
                item.set("sessions", sessions(exception.sessions()));
            }
            if (exception.unverified()) {
                item.put("unverified", true);
            }
        }
        return root;
    }

    private static ArrayNode sessions(List<Session> sessions) {
        ArrayNode array = NODES.arrayNode();
        for (Session session : sessions) {
            ObjectNode item = array.addObject();
            item.put("start", session.start() == null ? null : TimeText.format(session.start()));
            item.put("end", session.end() == null ? null : TimeText.format(session.end()));
        }
        return array;
    }
}
