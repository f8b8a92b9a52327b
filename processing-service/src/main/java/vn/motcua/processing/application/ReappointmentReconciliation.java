package vn.motcua.processing.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongFunction;
import org.jboss.logging.Logger;
import vn.motcua.events.DossierStatus;
import vn.motcua.processing.config.ProcessingConfig;
import vn.motcua.processing.domain.Dossier;
import vn.motcua.processing.domain.DossierWorkflow;
import vn.motcua.processing.persistence.DossierRepository;
import vn.motcua.processing.persistence.Reconciliations;
import vn.motcua.processing.persistence.Reconciliations.PendingMiss;
import vn.motcua.support.calendar.CalendarReplica;

/**
 * Brings data from before processing owned the new appointment in line, at start-up, in the background: a dossier
 * whose first miss was consumed then (still open, not rescheduled) is re-appointed as a miss is now, to the date the
 * automatic letter named (same policy, same calendar); an officer's earlier reschedule is judged late or in time.
 * Batched and idempotent: what it did is no longer selected, so a restart goes on where it stopped.
 */
@ApplicationScoped
public class ReappointmentReconciliation {
    private static final Logger LOG = Logger.getLogger(ReappointmentReconciliation.class);
    private static final List<String> OPEN_RUNNING = Arrays.stream(DossierStatus.values())
            .filter(s -> !s.endsProcessing() && !s.isPaused()).map(Enum::name).toList();

    private final Reconciliations reads;
    private final DossierRepository dossiers;
    private final Reappointments reappointments;
    private final CalendarReplica calendars;
    private final ProcessingConfig.AutoApology config;
    private volatile boolean stopping;

    public ReappointmentReconciliation(Reconciliations reads, DossierRepository dossiers,
            Reappointments reappointments, CalendarReplica calendars, ProcessingConfig config) {
        this.reads = reads;
        this.dossiers = dossiers;
        this.reappointments = reappointments;
        this.calendars = calendars;
        this.config = config.autoApology();
    }

    void start(@Observes StartupEvent event) {
        if (config.reconcileAtStart()) {
            Thread.ofVirtual().name("reappointment-reconciliation").start(this::runLogged);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** One batch: the key it ended at, how many rows it read and how many it changed. */
    private record Progress(long last, int read, int changed) {
    }

    /** Both passes to the end; returns how many dossiers were re-appointed. */
    public int run() {
        int reappointed = pass(this::reappointBatch);
        int judged = pass(this::judgeBatch);
        LOG.infof("reconciliation: %d dossier(s) re-appointed after an earlier miss, %d earlier reschedule(s) judged",
                reappointed, judged);
        return reappointed;
    }

    private void runLogged() {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.errorf(e, "reconciliation stopped; the next start goes on where it stopped");
        }
    }

    /** Batches, each in its own transaction, until one reads nothing (or the service stops). */
    private int pass(LongFunction<Progress> batch) {
        int changed = 0;
        long after = 0;
        while (!stopping) {
            long from = after;
            Progress p = QuarkusTransaction.requiringNew().call(() -> batch.apply(from));
            if (p.read() == 0) {
                break;
            }
            changed += p.changed();
            after = p.last();
        }
        return changed;
    }

    private Progress reappointBatch(long afterAlertId) {
        List<PendingMiss> batch = reads.firstMissesWithoutNewAppointment(afterAlertId, OPEN_RUNNING,
                config.reconcileBatchSize());
        int changed = 0;
        for (PendingMiss miss : batch) {
            changed += reappointments.afterRecordedMiss(dossiers.findById(miss.dossierId())) ? 1 : 0;
        }
        return new Progress(batch.isEmpty() ? afterAlertId : batch.getLast().alertId(), batch.size(), changed);
    }

    private Progress judgeBatch(long afterId) {
        List<Long> batch = reads.reschedulesNotJudged(afterId, config.reconcileBatchSize());
        for (Long id : batch) {
            Dossier d = dossiers.findById(id);
            DossierWorkflow.judgeEarlierReschedule(d, calendars.calendar(d.calendarId));
        }
        return new Progress(batch.isEmpty() ? afterId : batch.getLast(), batch.size(), batch.size());
    }
}
