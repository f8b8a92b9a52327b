package vn.motcua.sla.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
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
import vn.motcua.events.lifecycle.ServiceRated;
import vn.motcua.events.lifecycle.StepLateCauseRecorded;
import vn.motcua.events.lifecycle.SupplementReceived;
import vn.motcua.events.lifecycle.SupplementRequested;
import vn.motcua.sla.domain.Apology;
import vn.motcua.sla.domain.DeadlineCase;
import vn.motcua.sla.domain.PauseKind;
import vn.motcua.sla.persistence.AgencyRepository;
import vn.motcua.sla.persistence.IndexFactChunk;
import vn.motcua.sla.persistence.ProcessingStepRepository;
import vn.motcua.sla.persistence.StatsJournal;
import vn.motcua.sla.persistence.TrackingChunk;

/** Applies lifecycle events to their deadline cases: loads a chunk's cases, gives each event to its case, saves. */
@ApplicationScoped
public class DeadlineTracker {
    private static final Logger LOG = Logger.getLogger(DeadlineTracker.class);

    private final EntityManager em;
    private final AgencyRepository agencies;
    private final DeadlinePlanner planner;
    private final SlaMetrics metrics;
    private final StatsJournal journal;
    private final ProcessingStepRepository steps;
    private final IndexRecorder index;
    private final Clock clock;

    public DeadlineTracker(EntityManager em, AgencyRepository agencies, DeadlinePlanner planner, SlaMetrics metrics,
            StatsJournal journal, ProcessingStepRepository steps, IndexRecorder index, Clock clock) {
        this.steps = steps;
        this.index = index;
        this.em = em;
        this.agencies = agencies;
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
        IndexFactChunk facts = new IndexFactChunk(em, codes);
        for (DossierLifecycleEvent event : events) {
            apply(event, chunk, facts);
        }
    }

    private void apply(DossierLifecycleEvent event, TrackingChunk chunk, IndexFactChunk facts) {
        if (event instanceof DossierReceived received) {
            receive(received, chunk, facts);
            return;
        }
        Optional<DeadlineCase> found = chunk.deadlineCase(event.dossierCode());
        if (found.isEmpty()) {
            // keyed ordering makes this a producer bug or a lost receipt; nothing can be scored without the receipt
            LOG.warnf("%s for dossier %s ignored: its DossierReceived was never seen", event.getClass().getSimpleName(),
                    event.dossierCode());
            return;
        }
        if (event instanceof StepLateCauseRecorded cause) {
            recordCause(cause);
            return;
        }
        if (event instanceof ServiceRated rated) {
            index.rated(rated, facts); // no deadline nor status changes
            return;
        }
        DeadlineCase c = found.get();
        switch (event) {
            case DossierReceived e -> throw new IllegalStateException("handled above");
            case ProcessingStarted e -> chunk.persist(c.assign(e.occurredAt(), e.stepName(), e.toUnitCode(),
                    e.toOfficer(), e.stepDueAt()));
            case StepAssigned e -> chunk.persist(c.assign(e.occurredAt(), e.stepName(), e.toUnitCode(), e.toOfficer(),
                    e.stepDueAt()));
            case SupplementRequested e -> c.pause(PauseKind.SUPPLEMENT, e.occurredAt(), journal).ifPresent(chunk::persist);
            case SupplementReceived e -> c.resume(e.occurredAt(), planner, journal);
            case FeesRequested e -> c.pause(PauseKind.FEES, e.occurredAt(), journal).ifPresent(chunk::persist);
            case FeesPaid e -> {
                c.resume(e.occurredAt(), planner, journal);
                index.paid(e, facts);
            }
            case DossierRescheduled e -> reschedule(c, e, chunk);
            case ProcessingCompleted e -> {
                end(c, e);
                index.completed(e, facts);
            }
            case ResultReturned e -> end(c, e);
            case DossierRefused e -> end(c, e);
            case DossierWithdrawn e -> end(c, e);
            case ProcessingStopped e -> end(c, e);
            case StepLateCauseRecorded e -> throw new IllegalStateException("handled above");
            case ServiceRated e -> throw new IllegalStateException("handled above");
        }
        c.settle(event.statusAfter(), planner, clock.instant());
    }

    /** The cause goes on the step; it changes no deadline nor status. */
    private void recordCause(StepLateCauseRecorded e) {
        // the step may have been handed over in this very chunk, still unflushed (the session flushes at commit)
        em.flush();
        steps.at(e.dossierCode(), e.stepSeq()).ifPresentOrElse(step -> {
            step.lateCause = e.cause();
            step.lateExplanation = e.explanation();
        }, () -> LOG.warnf("late cause of step %d of %s ignored: no such step", e.stepSeq(), e.dossierCode()));
    }

    private void receive(DossierReceived e, TrackingChunk chunk, IndexFactChunk facts) {
        if (chunk.deadlineCase(e.dossierCode()).isPresent()) {
            LOG.warnf("second DossierReceived for %s ignored", e.dossierCode());
            return;
        }
        agencies.remember(e.decidingAgency());
        agencies.remember(e.receivingAgency());
        DeadlineCase received = DeadlineCase.received(e, clock.instant(), journal);
        journal.label(received.dossier());
        chunk.add(received);
        received.replan(planner);
        index.received(e, facts);
    }

    /** An officer's reschedule and processing's automatic one alike open episode 2 (there is only ever one). */
    private void reschedule(DeadlineCase c, DossierRescheduled e, TrackingChunk chunk) {
        c.reschedule(e.occurredAt(), e.newDueAt(), Apology.of(e.automatic(), e.late()), journal)
                .ifPresentOrElse(chunk::persist, () -> LOG.warnf("reschedule of %s ignored: already rescheduled or ended", e.dossierCode()));
    }

    private void end(DeadlineCase c, DossierLifecycleEvent e) {
        if (c.end(e.occurredAt(), e.statusAfter(), planner, journal)) {
            metrics.outcome(c.dossier().outcome);
        }
    }
}
