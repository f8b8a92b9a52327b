package vn.motcua.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The calendars shipped with the library: Vietnam's civil-service calendar and an example derived from it. */
public final class OfficialCalendars {

    public static final String NATIONAL_ID = "vn-national";
    public static final String SATURDAY_MORNING_ID = "vn-national-saturday-morning";

    private static final List<String> IDS = List.of(NATIONAL_ID, SATURDAY_MORNING_ID);

    private OfficialCalendars() {
    }

    /** Mon-Fri 07:30-11:30 and 13:30-17:00 with the announced holidays, swaps and make-up Saturdays. */
    public static CalendarDefinition national() {
        return load(NATIONAL_ID);
    }

    /** Every shipped calendar by id, in a stable order. */
    public static Map<String, CalendarDefinition> all() {
        Map<String, CalendarDefinition> all = new LinkedHashMap<>();
        IDS.forEach(id -> all.put(id, load(id)));
        return all;
    }

    /** A resolver for {@link BusinessCalendar#of(CalendarDefinition, java.util.function.Function)}. */
    public static Optional<CalendarDefinition> find(String id) {
        return IDS.contains(id) ? Optional.of(load(id)) : Optional.empty();
    }

    /** The shipped calendar with the given id, ready for arithmetic. */
    public static BusinessCalendar calendar(String id) {
        return BusinessCalendar.of(find(id).orElseThrow(() -> new IllegalArgumentException("no calendar " + id)),
                OfficialCalendars::find);
    }

    private static CalendarDefinition load(String id) {
        String resource = "/vn/motcua/calendar/" + id + ".json";
        try (InputStream in = OfficialCalendars.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return CalendarJson.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
