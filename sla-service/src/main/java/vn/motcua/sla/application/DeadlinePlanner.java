package vn.motcua.sla.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import vn.motcua.calendar.BusinessCalendar;
import vn.motcua.sla.config.SlaConfig;
import vn.motcua.sla.domain.DeadlineCalendar;
import vn.motcua.sla.domain.DeadlineRules;
import vn.motcua.sla.domain.TrackedDossier;
import vn.motcua.support.calendar.CalendarReplica;

/** A dossier's working time in its deciding agency's calendar (replicated from calendar.v1) and its warning instant. */
@ApplicationScoped
public class DeadlinePlanner implements DeadlineCalendar {
    private final CalendarReplica calendars;
    private final SlaConfig config;

    public DeadlinePlanner(CalendarReplica calendars, SlaConfig config) {
        this.calendars = calendars;
        this.config = config;
    }

    @Override
    public BusinessCalendar of(TrackedDossier dossier) {
        return calendars.calendar(dossier.calendarId);
    }

    @Override
    public Instant warnAt(TrackedDossier dossier) {
        return DeadlineRules.warnAt(dossier.currentDueAt, of(dossier), config.warningLeadWorkingDays());
    }
}
