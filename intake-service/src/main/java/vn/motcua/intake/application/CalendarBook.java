package vn.motcua.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import vn.motcua.calendar.BusinessCalendar;
import vn.motcua.calendar.CalendarDefinition;
import vn.motcua.calendar.CalendarJson;
import vn.motcua.intake.persistence.CalendarRepository;
import vn.motcua.support.calendar.CalendarCache;
import vn.motcua.support.calendar.CalendarConfig;

/**
 * Resolves calendar ids to working-time arithmetic over intake's own calendars table (intake owns the calendars, so
 * it keeps no calendar.v1 replica), through the platform's {@link CalendarCache}: stored first, official fallback,
 * unknown id = the default calendar. A PUT on this instance invalidates the cache once its transaction ends.
 */
@ApplicationScoped
public class CalendarBook {
    private final CalendarCache cache;

    public CalendarBook(CalendarRepository repository, CalendarConfig config) {
        this.cache = new CalendarCache(id -> repository.findByIdOptional(id).map(c -> CalendarJson.parse(c.definition)),
                config.defaultId(), config.cacheTtl());
    }

    public boolean exists(String id) {
        return definition(id).isPresent();
    }

    public Optional<CalendarDefinition> definition(String id) {
        return cache.definition(id);
    }

    /** The calendar with that id, or the default calendar when it does not exist (any more). */
    public BusinessCalendar calendar(String id) {
        return cache.calendar(id);
    }

    public void invalidate() {
        cache.invalidate();
    }
}
