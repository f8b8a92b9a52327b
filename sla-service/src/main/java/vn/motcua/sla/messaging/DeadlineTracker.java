package vn.motcua.sla.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.motcua.events.lifecycle.DossierLifecycleEvent;
import vn.motcua.events.lifecycle.DossierReceived;
import vn.motcua.events.lifecycle.DossierRefused;
import vn.motcua.events.lifecycle.DossierRescheduled;
import vn.motcua.events.lifecycle.DossierWithdrawn;
import vn.motcua.events.lifecycle.FeesPaid;
import vn.motcua.events.lifecycle.FeesRequested;
import vn.motcua.events.lifecycle.ProcessingCompleted;
import vn.motcua.events.lifecycle.ProcessingStarted;
import vn.motcua.events.lifecycle.ProcessingStopped;
import vn.motcua.events.lifecycle.ResultReturned;
import vn.motcua.events.lifecycle.StepAssigned;
import vn.motcua.events.lifecycle.SupplementReceived;
import vn.motcua.events.lifecycle.SupplementRequested;
import vn.motcua.sla.api.SlaMetrics;
import vn.motcua.sla.domain.DeadlineEpisode;
import vn.motcua.sla.domain.PauseKind;
import vn.motcua.sla.domain.PausedInterval;
import vn.motcua.sla.domain.TrackedDossier;
import vn.motcua.sla.persistence.AgencyRepository;
import vn.motcua.sla.persistence.CalendarStore;
import vn.motcua.sla.persistence.DeadlineEpisodeRepository;
import vn.motcua.sla.persistence.PausedIntervalRepository;
import vn.motcua.sla.persistence.StatsJournal;
import vn.motcua.sla.persistence.TrackedDossierRepository;

/** Applies lifecycle events to the tracked dossiers: appointments, pauses, reschedule, holder, processing end. */
@ApplicationScoped
public class DeadlineTracker {
    private static final Logger LOG = Logger.getLogger(DeadlineTracker.class);

    private final TrackedDossierRepository dossiers;
    private final DeadlineEpisodeRepository episodes;
    private final PausedIntervalRepository pauses;
    private final StepRecorder steps;
    private final AgencyRepository agencies;
    private final CalendarStore calendars;
    private final DeadlinePlanner planner;
    private final SlaMetrics metrics;
    private final StatsJournal journal;
    private final Clock clock;

    public DeadlineTracker(TrackedDossierRepository dossiers, DeadlineEpisodeRepository episodes,
            PausedIntervalRepository pauses, StepRecorder steps, AgencyRepository agencies, CalendarStore calendars,
            DeadlinePlanner planner, SlaMetrics metrics, StatsJournal journal, Clock clock) {
        this.dossiers = dossiers;
        this.episodes = episodes;
        this.pauses = pauses;
        this.steps = steps;
        this.agencies = agencies;
        this.calendars = calendars;
        this.planner = planner;
        this.metrics = metrics;
        this.journal = journal;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(DossierLifecycleEvent event) {
        if (event instanceof DossierReceived received) {
            receive(received);
            return;
        }
        Optional<TrackedDossier> found = dossiers.findLocked(event.dossierCode());
        if (found.isEmpty()) {
            // keyed ordering makes this a producer bug or a lost receipt; nothing can be scored without the receipt
            LOG.warnf("%s for dossier %s ignored: its DossierReceived was never seen", event.getClass().getSimpleName(),
                    event.dossierCode());
            return;
        }
        TrackedDossier d = found.get();
        boolean wasOpen = d.isOpen();
        switch (event) {
            case DossierReceived e -> throw new IllegalStateException("handled above");
            case ProcessingStarted e -> steps.assign(d, e.occurredAt(), e.stepName(), e.toUnitCode(), e.toOfficer(),
                    e.stepDueAt());
            case StepAssigned e -> steps.assign(d, e.occurredAt(), e.stepName(), e.toUnitCode(), e.toOfficer(),
                    e.stepDueAt());
            case SupplementRequested e -> pause(d, PauseKind.SUPPLEMENT, e.occurredAt());
            case SupplementReceived e -> resume(d, e.occurredAt());
            case FeesRequested e -> pause(d, PauseKind.FEES, e.occurredAt());
            case FeesPaid e -> resume(d, e.occurredAt());
            case DossierRescheduled e -> reschedule(d, e);
            case ProcessingCompleted e -> end(d, event);
            case ResultReturned e -> end(d, event);
            case DossierRefused e -> end(d, event);
            case DossierWithdrawn e -> end(d, event);
            case ProcessingStopped e -> end(d, event);
        }
        if (wasOpen && d.isOpen()) {
            d.status = event.statusAfter();
        }
        planner.replan(d);
        d.updatedAt = clock.instant();
    }

    private void receive(DossierReceived e) {
        if (dossiers.findByIdOptional(e.dossierCode()).isPresent()) {
            LOG.warnf("second DossierReceived for %s ignored", e.dossierCode());
            return;
        }
        agencies.remember(e.decidingAgency());
        agencies.remember(e.receivingAgency());
        TrackedDossier d = TrackedDossier.received(e, clock.instant(), journal);
        journal.label(d);
        // flushed first: the episode row (identity key, inserted at once) references it
        dossiers.persistAndFlush(d);
        episodes.persist(DeadlineEpisode.open(d.code, 1, d.currentDueAt, e.receivedAt()));
        planner.replan(d);
    }

    private void pause(TrackedDossier d, PauseKind kind, Instant at) {
        if (d.pause(kind, at, journal)) {
            pauses.persist(PausedInterval.start(d.code, kind, at));
        }
    }

    private void resume(TrackedDossier d, Instant at) {
        var running = pauses.running(d.code);
        var working = d.resume(at, calendars.calendar(d.calendarId), journal);
        if (working == null) {
            return;
        }
        running.ifPresent(p -> {
            p.endedAt = at;
            p.workingSeconds = working.toSeconds();
        });
        episodes.find(d.code, d.episode).ifPresent(ep -> ep.dueAt = d.currentDueAt);
    }

    private void reschedule(TrackedDossier d, DossierRescheduled e) {
        if (d.reschedule(e.occurredAt(), e.newDueAt(), journal)) {
            episodes.persist(DeadlineEpisode.open(d.code, 2, e.newDueAt(), e.occurredAt()));
        } else {
            LOG.warnf("reschedule of %s ignored: already rescheduled or ended", d.code);
        }
    }

    private void end(TrackedDossier d, DossierLifecycleEvent e) {
        Instant at = e.occurredAt();
        pauses.running(d.code).ifPresent(p -> {
            p.endedAt = at;
            p.workingSeconds = at.isAfter(p.startedAt)
                    ? calendars.calendar(d.calendarId).workingTimeBetween(p.startedAt, at).toSeconds() : 0L;
        });
        if (d.end(e.occurredAt(), e.statusAfter(), journal)) {
            metrics.outcome(d.outcome);
        }
    }
}
