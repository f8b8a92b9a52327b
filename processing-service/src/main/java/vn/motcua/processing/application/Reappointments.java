package vn.motcua.processing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;
import vn.motcua.events.sla.DeadlineMissed;
import vn.motcua.processing.config.ProcessingConfig;
import vn.motcua.processing.domain.Audit;
import vn.motcua.processing.domain.AutoApologyPolicy;
import vn.motcua.processing.domain.DeadlineAlert;
import vn.motcua.processing.domain.Dossier;
import vn.motcua.processing.domain.DossierWorkflow;
import vn.motcua.processing.domain.Transition;
import vn.motcua.processing.persistence.DeadlineAlertRepository;
import vn.motcua.processing.persistence.DossierRepository;
import vn.motcua.support.calendar.CalendarReplica;

/**
 * processing's own re-appointment when the first appointment passed with none (Decree 61/2018/NĐ-CP art. 12, the
 * automatic apology): the procedure's policy date on the deciding agency's calendar, through the officers' path
 * (history line, outbox event) as actor {@code system}. Once: a redelivered or repeated miss finds it rescheduled.
 */
@ApplicationScoped
public class Reappointments {
    private static final Logger LOG = Logger.getLogger(Reappointments.class);

    private final DossierRepository dossiers;
    private final DeadlineAlertRepository alerts;
    private final TransitionRecorder recorder;
    private final CalendarReplica calendars;
    private final AutoApologyPolicy policy;
    private final String reason;
    private final Clock clock;

    public Reappointments(DossierRepository dossiers, DeadlineAlertRepository alerts, TransitionRecorder recorder,
            CalendarReplica calendars, ProcessingConfig config, Clock clock) {
        this.dossiers = dossiers;
        this.alerts = alerts;
        this.recorder = recorder;
        this.calendars = calendars;
        this.policy = new AutoApologyPolicy(config.autoApology().defaultExtensionDays(),
                config.autoApology().procedures());
        this.reason = config.autoApology().reason();
        this.clock = clock;
    }

    /** After sla reported a miss; false when none is due (unknown yet, ended, paused, re-appointed, stale). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean afterMiss(DeadlineMissed e) {
        return dossiers.findByCode(e.dossierCode())
                .map(d -> reappoint(d, e.episode(), e.dueAt(), e.occurredAt()))
                .orElse(false);
    }

    /** A first miss recorded before the receipt was (the two topics are read independently), or before this code. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean afterRecordedMiss(Dossier d) {
        return alerts.find(d.code, 1, DeadlineAlert.MISSED)
                .map(miss -> reappoint(d, miss.episode, miss.dueAt, miss.occurredAt))
                .orElse(false);
    }

    private boolean reappoint(Dossier d, int episode, Instant missedDueAt, Instant noticedAt) {
        if (!DossierWorkflow.awaitsReappointment(d, episode, missedDueAt)) {
            return false;
        }
        // the inputs notification's letter used: the date it named is the one set here
        Instant newDueAt = policy.newDueAt(calendars.calendar(d.calendarId), d.procedureCode, missedDueAt, noticedAt);
        Transition t = DossierWorkflow.reappoint(d, reason, newDueAt, Audit.now(DossierWorkflow.SYSTEM, clock.instant()));
        recorder.record(d, t);
        LOG.infof("dossier %s missed its appointment %s: re-appointed automatically to %s", d.code, missedDueAt,
                newDueAt);
        return true;
    }
}
