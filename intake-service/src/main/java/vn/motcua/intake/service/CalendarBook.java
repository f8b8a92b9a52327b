package vn.motcua.intake.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.motcua.calendar.BusinessCalendar;
import vn.motcua.calendar.CalendarDefinition;
import vn.motcua.calendar.CalendarJson;
import vn.motcua.calendar.OfficialCalendars;
import vn.motcua.intake.config.IntakeConfig;
import vn.motcua.intake.persistence.CalendarRepository;

/**
 * Resolves calendar ids to working-time arithmetic: the calendars table first, the official calendars as
 * fallback, basedOn chains included. Resolved calendars are reused for a short while because each builds
 * its year indexes lazily; a PUT on this instance invalidates them at once.
 */
@ApplicationScoped
public class CalendarBook {
    private final CalendarRepository repository;
    private final IntakeConfig config;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public CalendarBook(CalendarRepository repository, IntakeConfig config, Clock clock) {
        this.repository = repository;
        this.config = config;
        this.clock = clock;
    }

    public boolean exists(String id) {
        return definition(id).isPresent();
    }

    public Optional<CalendarDefinition> definition(String id) {
        return repository.findByIdOptional(id).map(c -> CalendarJson.parse(c.definition))
                .or(() -> OfficialCalendars.find(id));
    }

    /** The calendar with that id, or the default calendar when it does not exist (any more). */
    public BusinessCalendar calendar(String id) {
        Instant now = clock.instant();
        Cached cached = cache.get(id);
        if (cached != null && cached.until.isAfter(now)) {
            return cached.calendar;
        }
        CalendarDefinition definition = definition(id).or(() -> definition(config.defaultCalendarId()))
                .orElseGet(OfficialCalendars::national);
        BusinessCalendar calendar = BusinessCalendar.of(definition, this::definition);
        cache.put(id, new Cached(calendar, now.plus(config.calendarCacheTtl())));
        return calendar;
    }

    public void invalidate() {
        cache.clear();
    }

    private record Cached(BusinessCalendar calendar, Instant until) {
    }
}
