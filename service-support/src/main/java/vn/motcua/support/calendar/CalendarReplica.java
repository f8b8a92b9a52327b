package vn.motcua.support.calendar;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import vn.motcua.calendar.BusinessCalendar;
import vn.motcua.calendar.CalendarDefinition;
import vn.motcua.calendar.CalendarJson;

/**
 * This service's copy of the calendars intake publishes on calendar.v1 (table {@code calendar_replica}, migration
 * {@code db/calendar}), for working-time arithmetic. Instances share the table; each caches what it parsed for
 * {@code motcua.calendar.cache-ttl}, as another instance may have consumed an update.
 */
@ApplicationScoped
@IfBuildProperty(name = "motcua.calendar.replica", stringValue = "true")
public class CalendarReplica {
    private final EntityManager em;
    private final Clock clock;
    private final CalendarCache cache;

    public CalendarReplica(EntityManager em, Clock clock, CalendarConfig config) {
        this.em = em;
        this.clock = clock;
        this.cache = new CalendarCache(this::stored, config.defaultId(), config.cacheTtl());
    }

    /** Applies a change as published; throws CalendarValidationException when the JSON is not a valid calendar. */
    public void apply(CalendarChange change) {
        if (change.deleted()) {
            em.createNativeQuery("delete from calendar_replica where id = :id").setParameter("id", change.id())
                    .executeUpdate();
        } else {
            CalendarJson.parse(change.json());
            em.createNativeQuery("insert into calendar_replica (id, definition, updated_at) values (:id, :json, :at) "
                            + "on conflict (id) do update set definition = excluded.definition, "
                            + "updated_at = excluded.updated_at")
                    .setParameter("id", change.id()).setParameter("json", change.json())
                    .setParameter("at", clock.instant()).executeUpdate();
        }
        cache.invalidate();
    }

    /** The calendar with that id; the default calendar when the id is null or unknown. */
    public BusinessCalendar calendar(String id) {
        return cache.calendar(id);
    }

    public Optional<CalendarDefinition> definition(String id) {
        return cache.definition(id);
    }

    private Optional<CalendarDefinition> stored(String id) {
        List<?> rows = em.createNativeQuery("select definition from calendar_replica where id = :id")
                .setParameter("id", id).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(CalendarJson.parse((String) rows.get(0)));
    }
}
