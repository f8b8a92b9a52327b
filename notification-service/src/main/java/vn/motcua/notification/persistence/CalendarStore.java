package vn.motcua.notification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import vn.motcua.calendar.BusinessCalendar;
import vn.motcua.calendar.CalendarDefinition;
import vn.motcua.calendar.CalendarJson;
import vn.motcua.calendar.OfficialCalendars;
import vn.motcua.notification.domain.StoredCalendar;

/** Calendars consumed from calendar.v1, falling back to the shipped official ones (vn-national last). */
@ApplicationScoped
public class CalendarStore implements PanacheRepositoryBase<StoredCalendar, String> {

    public Optional<CalendarDefinition> find(String id) {
        return findByIdOptional(id).map(c -> CalendarJson.parse(c.definition)).or(() -> OfficialCalendars.find(id));
    }

    /** The calendar with that id, or the national one when it is unknown. */
    public BusinessCalendar calendar(String id) {
        CalendarDefinition definition = (id == null ? Optional.<CalendarDefinition>empty() : find(id))
                .orElseGet(OfficialCalendars::national);
        return BusinessCalendar.of(definition, this::find);
    }
}
