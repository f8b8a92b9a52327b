package vn.motcua.sla.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import vn.motcua.calendar.BusinessCalendar;
import vn.motcua.sla.config.SlaConfig;
import vn.motcua.sla.domain.DeadlineCalendar;
import vn.motcua.sla.domain.DeadlineRules;
import vn.motcua.sla.domain.TrackedDossier;
import vn.motcua.sla.domain.WarningLeads;
import vn.motcua.sla.persistence.AgencyRepository;
import vn.motcua.support.calendar.CalendarReplica;

/**
 * A dossier's working time in its deciding agency's calendar (replicated from calendar.v1), its warning instant by
 * the agency's lead and the last moment its apology is in time.
 */
@ApplicationScoped
public class DeadlinePlanner implements DeadlineCalendar {
    /** An agency moved in the tree (by another instance's consumer too) takes its new lead within this. */
    private static final long LEAD_TTL_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final CalendarReplica calendars;
    private final AgencyRepository agencies;
    private final WarningLeads leads;
    private final Map<String, Lead> leadByAgency = new ConcurrentHashMap<>();

    public DeadlinePlanner(CalendarReplica calendars, AgencyRepository agencies, SlaConfig config) {
        this.calendars = calendars;
        this.agencies = agencies;
        this.leads = new WarningLeads(config.warningLeadWorkingDays(), config.warningLeadByAgency());
    }

    @Override
    public BusinessCalendar of(TrackedDossier dossier) {
        return calendars.calendar(dossier.calendarId);
    }

    @Override
    public Instant warnAt(TrackedDossier dossier) {
        return DeadlineRules.warnAt(dossier.currentDueAt, of(dossier), leadDays(dossier.decidingAgencyCode));
    }

    /** The last moment an apology is in time for the current appointment; null in episode 2. */
    public Instant apologyDeadline(TrackedDossier dossier) {
        return DeadlineRules.apologyDeadline(dossier, of(dossier));
    }

    /** The warning lead of the deciding agency: its own setting, its nearest ancestor's, or the default. */
    public int leadDays(String agencyCode) {
        if (leads.uniform()) {
            return leads.defaultDays();
        }
        long now = System.nanoTime();
        Lead hit = leadByAgency.get(agencyCode);
        if (hit != null && now - hit.resolvedAt < LEAD_TTL_NANOS) {
            return hit.days;
        }
        int days = leads.forPath(agencies.pathOf(agencyCode).orElse(List.of(agencyCode)));
        leadByAgency.put(agencyCode, new Lead(days, now));
        return days;
    }

    private record Lead(int days, long resolvedAt) {
    }
}
