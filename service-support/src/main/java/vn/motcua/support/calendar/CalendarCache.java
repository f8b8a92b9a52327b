package vn.motcua.support.calendar;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jboss.logging.Logger;
import vn.motcua.calendar.BusinessCalendar;
import vn.motcua.calendar.CalendarDefinition;
import vn.motcua.calendar.OfficialCalendars;

/**
 * Resolves calendar ids to working-time arithmetic: the service's stored calendars first, the shipped official ones
 * as fallback, basedOn chains included. A resolved calendar is reused for a while because each builds its year
 * indexes lazily; an unknown id gets the default calendar and is not cached (it may be on its way on calendar.v1).
 */
public final class CalendarCache {
    private static final Logger LOG = Logger.getLogger(CalendarCache.class);

    private final Function<String, Optional<CalendarDefinition>> stored;
    private final String defaultId;
    private final long ttlNanos;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public CalendarCache(Function<String, Optional<CalendarDefinition>> stored, String defaultId, Duration ttl) {
        this.stored = stored;
        this.defaultId = defaultId;
        this.ttlNanos = ttl.toNanos();
    }

    public Optional<CalendarDefinition> definition(String id) {
        return id == null ? Optional.empty() : stored.apply(id).or(() -> OfficialCalendars.find(id));
    }

    /** The calendar with that id; the default calendar (the national one last) when the id is null or unknown. */
    public BusinessCalendar calendar(String id) {
        String key = id == null ? defaultId : id;
        long now = System.nanoTime();
        Cached hit = cache.get(key);
        if (hit != null && now - hit.loadedAt < ttlNanos) {
            return hit.calendar;
        }
        Optional<CalendarDefinition> definition = definition(key);
        if (definition.isEmpty()) {
            LOG.warnf("calendar %s is unknown; using %s", key, defaultId);
            return BusinessCalendar.of(definition(defaultId).orElseGet(OfficialCalendars::national), this::definition);
        }
        BusinessCalendar loaded = BusinessCalendar.of(definition.get(), this::definition);
        cache.put(key, new Cached(loaded, now));
        return loaded;
    }

    /** Forgets every resolved calendar (one changed, and others may be based on it). */
    public void invalidate() {
        cache.clear();
    }

    /** Monotonic age on purpose: the injected clock is moved by tests and must not freeze or flush the cache. */
    private record Cached(BusinessCalendar calendar, long loadedAt) {
    }
}
