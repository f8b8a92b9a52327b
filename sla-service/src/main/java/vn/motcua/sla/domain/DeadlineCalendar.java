package vn.motcua.sla.domain;

import java.time.Instant;
import vn.motcua.calendar.BusinessCalendar;

/** The working-time arithmetic a {@link DeadlineCase} asks for: the dossier's calendar and its warning instant. */
public interface DeadlineCalendar {

    /** The calendar the dossier's working time is counted in (its deciding agency's). */
    BusinessCalendar of(TrackedDossier dossier);

    /** When the warning before the dossier's current appointment is due. */
    Instant warnAt(TrackedDossier dossier);
}
