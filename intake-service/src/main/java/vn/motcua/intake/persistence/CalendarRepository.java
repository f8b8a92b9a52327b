package vn.motcua.intake.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import vn.motcua.intake.domain.StoredCalendar;

/** Stored calendars by id. */
@ApplicationScoped
public class CalendarRepository implements PanacheRepositoryBase<StoredCalendar, String> {

    /** Inserts a calendar unless one with that id exists (several instances may seed at once); true if inserted. */
    public boolean insertIfAbsent(String id, String json, Instant at, String by) {
        return getEntityManager().createNativeQuery("insert into calendar (id, definition, updated_at, updated_by) "
                        + "values (:id, :json, :at, :by) on conflict (id) do nothing")
                .setParameter("id", id).setParameter("json", json).setParameter("at", at).setParameter("by", by)
                .executeUpdate() == 1;
    }
}
