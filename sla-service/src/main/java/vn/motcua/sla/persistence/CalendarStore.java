package vn.motcua.sla.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import vn.motcua.calendar.BusinessCalendar;
import vn.motcua.calendar.CalendarDefinition;
import vn.motcua.calendar.CalendarJson;
import vn.motcua.calendar.OfficialCalendars;
import vn.motcua.sla.config.SlaConfig;

/**
 * Calendars consumed from calendar.v1, with the shipped official calendars as fallback. Parsed calendars are cached
 * for a short time: another instance may have consumed an update into the shared table.
 */
@ApplicationScoped
public class CalendarStore {
    private static final Logger LOG = Logger.getLogger(CalendarStore.class);

    private final EntityManager em;
    private final Clock clock;
    private final SlaConfig config;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public CalendarStore(EntityManager em, Clock clock, SlaConfig config) {
        this.em = em;
        this.clock = clock;
        this.config = config;
    }

    /** Stores the calendar as published; throws CalendarValidationException when the JSON is not a valid calendar. */
    public void save(String id, String json) {
        CalendarJson.parse(json);
        em.createNativeQuery("insert into business_calendar (id, json, updated_at) values (:id, :json, :at) "
                        + "on conflict (id) do update set json = excluded.json, updated_at = excluded.updated_at")
                .setParameter("id", id).setParameter("json", json).setParameter("at", clock.instant()).executeUpdate();
        cache.clear();
    }

    public void delete(String id) {
        em.createNativeQuery("delete from business_calendar where id = :id").setParameter("id", id).executeUpdate();
        cache.clear();
    }

    /** The calendar with that id; the national calendar when the id is null or unknown. */
    public BusinessCalendar calendar(String id) {
        String key = id == null ? OfficialCalendars.NATIONAL_ID : id;
        long now = System.nanoTime();
        Cached hit = cache.get(key);
        if (hit != null && now - hit.loadedAt < config.calendarCacheTtl().toNanos()) {
            return hit.calendar;
        }
        Optional<CalendarDefinition> definition = definition(key);
        if (definition.isEmpty()) {
            // not cached: the calendar may be on its way on calendar.v1 (it travels apart from the dossiers)
            LOG.warnf("calendar %s is unknown; using %s", key, OfficialCalendars.NATIONAL_ID);
            return BusinessCalendar.of(OfficialCalendars.national());
        }
        BusinessCalendar loaded = BusinessCalendar.of(definition.get(), this::definition);
        cache.put(key, new Cached(loaded, now));
        return loaded;
    }

    private Optional<CalendarDefinition> definition(String id) {
        List<?> rows = em.createNativeQuery("select json from business_calendar where id = :id")
                .setParameter("id", id).getResultList();
        if (!rows.isEmpty()) {
            return Optional.of(CalendarJson.parse((String) rows.get(0)));
        }
        return OfficialCalendars.find(id);
    }

    /** Monotonic cache age on purpose: the injected clock is moved by tests and must not freeze or flush the cache. */
    private record Cached(BusinessCalendar calendar, long loadedAt) {
    }
}
