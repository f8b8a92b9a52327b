package vn.motcua.sla.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import vn.motcua.sla.config.SlaConfig;
import vn.motcua.sla.domain.DeadlineEpisode;
import vn.motcua.sla.domain.DeadlineRules;
import vn.motcua.sla.domain.TrackedDossier;
import vn.motcua.sla.persistence.CalendarStore;

/** Computes a dossier's warning instant in its deciding agency's calendar and its next instant of interest. */
@ApplicationScoped
public class DeadlinePlanner {
    private final CalendarStore calendars;
    private final SlaConfig config;

    public DeadlinePlanner(CalendarStore calendars, SlaConfig config) {
        this.calendars = calendars;
        this.config = config;
    }

    public Instant warnAt(TrackedDossier d) {
        return DeadlineRules.warnAt(d.currentDueAt, calendars.calendar(d.calendarId), config.warningLeadWorkingDays());
    }

    /** Sets next_check_at from the dossier's state and its current episode's flags. */
    public void replan(TrackedDossier d, DeadlineEpisode current) {
        if (!d.isOpen() || d.isPaused() || !d.hasDeadline()) {
            d.nextCheckAt = null;
            return;
        }
        d.nextCheckAt = DeadlineRules.nextCheck(d, current, warnAt(d));
    }
}
