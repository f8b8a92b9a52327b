package vn.motcua.sla.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import vn.motcua.sla.persistence.StatsJournal;
import vn.motcua.sla.persistence.TrackingChunk;

/** Applies lifecycle events to the tracked dossiers: appointments, pauses, reschedule, holder, processing end. */
@ApplicationScoped
public class DeadlineTracker {
    private static final Logger LOG = Logger.getLogger(DeadlineTracker.class);

    private final EntityManager em;
    private final StepRecorder steps;
    private final AgencyRepository agencies;
    private final CalendarStore calendars;
    private final DeadlinePlanner planner;
    private final SlaMetrics metrics;
    private final StatsJournal journal;
    private final Clock clock;

    public DeadlineTracker(EntityManager em, StepRecorder steps, AgencyRepository agencies, CalendarStore calendars,
            DeadlinePlanner planner, SlaMetrics metrics, StatsJournal journal, Clock clock) {
        this.em = em;
        this.steps = steps;
        this.agencies = agencies;
        this.calendars = calendars;
        this.planner = planner;
        this.metrics = metrics;
        this.journal = journal;
        this.clock = clock;
    }

    /**
     * Events in order, in the caller's transaction: their dossiers are read and locked once for the chunk, and the
     * session flushes at commit, so the writes of the whole chunk go out in JDBC batches.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(List<DossierLifecycleEvent> events) {
        em.setFlushMode(FlushModeType.COMMIT);
        Set<String> codes = new LinkedHashSet<>();
        events.forEach(e -> codes.add(e.dossierCode()));
        TrackingChunk chunk = TrackingChunk.load(em, codes);
        for (DossierLifecycleEvent event : events) {
            apply(event, chunk);
        }
    }

    private void apply(DossierLifecycleEvent event, TrackingChunk chunk) {
        if (event instanceof DossierReceived received) {
            receive(received, chunk);
            return;
        }
        Optional<TrackedDossier> found = chunk.dossier(event.dossierCode());
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
            case ProcessingStarted e -> steps.assign(chunk, d, e.occurredAt(), e.stepName(), e.toUnitCode(),
                    e.toOfficer(), e.stepDueAt());
            case StepAssigned e -> steps.assign(chunk, d, e.occurredAt(), e.stepName(), e.toUnitCode(), e.toOfficer(),
                    e.stepDueAt());
            case SupplementRequested e -> pause(d, PauseKind.SUPPLEMENT, e.occurredAt(), chunk);
            case SupplementReceived e -> resume(d, e.occurredAt(), chunk);
            case FeesRequested e -> pause(d, PauseKind.FEES, e.occurredAt(), chunk);
            case FeesPaid e -> resume(d, e.occurredAt(), chunk);
            case DossierRescheduled e -> reschedule(d, e, chunk);
            case ProcessingCompleted e -> end(d, event, chunk);
            case ResultReturned e -> end(d, event, chunk);
            case DossierRefused e -> end(d, event, chunk);
            case DossierWithdrawn e -> end(d, event, chunk);
            case ProcessingStopped e -> end(d, event, chunk);
        }
        if (wasOpen && d.isOpen()) {
            d.status = event.statusAfter();
        }
        planner.replan(d, chunk.episode(d.code, d.episode).orElse(null));
        d.updatedAt = clock.instant();
    }

    private void receive(DossierReceived e, TrackingChunk chunk) {
        if (chunk.dossier(e.dossierCode()).isPresent()) {
            LOG.warnf("second DossierReceived for %s ignored", e.dossierCode());
            return;
        }
        agencies.remember(e.decidingAgency());
        agencies.remember(e.receivingAgency());
        TrackedDossier d = TrackedDossier.received(e, clock.instant(), journal);
        journal.label(d);
        chunk.persist(d);
        DeadlineEpisode first = DeadlineEpisode.open(d.code, 1, d.currentDueAt, e.receivedAt());
        chunk.persist(first);
        planner.replan(d, first);
    }

    private void pause(TrackedDossier d, PauseKind kind, Instant at, TrackingChunk chunk) {
        if (d.pause(kind, at, journal)) {
            chunk.persist(PausedInterval.start(d.code, kind, at));
        }
    }

    private void resume(TrackedDossier d, Instant at, TrackingChunk chunk) {
        var running = chunk.runningPause(d.code);
        var working = d.resume(at, calendars.calendar(d.calendarId), journal);
        if (working == null) {
            return;
        }
        running.ifPresent(p -> {
            p.endedAt = at;
            p.workingSeconds = working.toSeconds();
            chunk.ended(p);
        });
        chunk.episode(d.code, d.episode).ifPresent(ep -> ep.dueAt = d.currentDueAt);
    }

    private void reschedule(TrackedDossier d, DossierRescheduled e, TrackingChunk chunk) {
        if (d.reschedule(e.occurredAt(), e.newDueAt(), journal)) {
            chunk.persist(DeadlineEpisode.open(d.code, 2, e.newDueAt(), e.occurredAt()));
        } else {
            LOG.warnf("reschedule of %s ignored: already rescheduled or ended", d.code);
        }
    }

    private void end(TrackedDossier d, DossierLifecycleEvent e, TrackingChunk chunk) {
        Instant at = e.occurredAt();
        chunk.runningPause(d.code).ifPresent(p -> {
            p.endedAt = at;
            p.workingSeconds = at.isAfter(p.startedAt)
                    ? calendars.calendar(d.calendarId).workingTimeBetween(p.startedAt, at).toSeconds() : 0L;
            chunk.ended(p);
        });
        if (d.end(e.occurredAt(), e.statusAfter(), journal)) {
            metrics.outcome(d.outcome);
        }
    }
}
