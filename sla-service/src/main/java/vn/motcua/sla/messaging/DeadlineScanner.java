package vn.motcua.sla.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import vn.motcua.events.sla.DeadlineApproaching;
import vn.motcua.events.sla.DeadlineMissed;
import vn.motcua.sla.api.SlaMetrics;
import vn.motcua.sla.config.SlaConfig;
import vn.motcua.sla.domain.DeadlineEpisode;
import vn.motcua.sla.domain.DeadlineRules;
import vn.motcua.sla.domain.TrackedDossier;
import vn.motcua.sla.persistence.StatsJournal;
import vn.motcua.sla.persistence.TrackedDossierRepository;
import vn.motcua.sla.persistence.TrackingChunk;
import vn.motcua.support.messaging.Outbox;

/**
 * Emits DeadlineApproaching and DeadlineMissed through the outbox, once per (dossier, episode): claimed rows are
 * locked with SKIP LOCKED (several instances scan in parallel) and the episode flag is set in the transaction that
 * writes the outbox row (restarts repeat nothing). A batch of claimed dossiers is read with the consumer's chunk
 * queries and written at commit in JDBC batches.
 */
@ApplicationScoped
public class DeadlineScanner {
    /** Bounds one pass so that a flood of due dossiers cannot starve the scheduler thread forever. */
    private static final int MAX_BATCHES_PER_PASS = 1000;

    private final TrackedDossierRepository dossiers;
    private final DeadlinePlanner planner;
    private final Outbox outbox;
    private final SlaMetrics metrics;
    private final SlaConfig config;
    private final StatsJournal journal;
    private final Clock clock;

    public DeadlineScanner(TrackedDossierRepository dossiers, DeadlinePlanner planner, Outbox outbox, SlaMetrics metrics, SlaConfig config, StatsJournal journal,
            Clock clock) {
        this.dossiers = dossiers;
        this.planner = planner;
        this.outbox = outbox;
        this.metrics = metrics;
        this.config = config;
        this.journal = journal;
        this.clock = clock;
    }

    @Scheduled(every = "${motcua.sla.scan-interval:5s}", delayed = "${motcua.sla.scan-delay:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (config.scannerEnabled()) {
            scan();
        }
    }

    /** One pass over every dossier whose next instant of interest has come; returns how many were looked at. */
    public int scan() {
        int total = 0;
        for (int i = 0; i < MAX_BATCHES_PER_PASS; i++) {
            int claimed = QuarkusTransaction.requiringNew().call(this::scanBatch);
            total += claimed;
            if (claimed < config.scanBatchSize()) {
                break;
            }
        }
        return total;
    }

    private int scanBatch() {
        Instant now = clock.instant();
        EntityManager em = dossiers.getEntityManager();
        // the claimed rows stay locked until commit, and every write below goes out at commit in JDBC batches
        em.setFlushMode(FlushModeType.COMMIT);
        List<String> codes = dossiers.claimDue(now, config.scanBatchSize());
        if (codes.isEmpty()) {
            return 0;
        }
        TrackingChunk chunk = TrackingChunk.load(em, codes);
        for (String code : codes) {
            chunk.dossier(code).ifPresent(d -> check(d, chunk, now));
        }
        return codes.size();
    }

    /**
     * Episode flags are written under the dossier's row lock (claimed here, or taken by the consumer), so the flag
     * read with the chunk is the committed truth and setting it once is enough.
     */
    private void check(TrackedDossier d, TrackingChunk chunk, Instant now) {
        if (!d.isOpen() || d.isPaused() || !d.hasDeadline()) {
            d.nextCheckAt = null;
            return;
        }
        // the statistics count it overdue from its appointment on, whether or not a miss is still to be emitted
        d.advance(now, journal);
        DeadlineEpisode episode = chunk.episode(d.code, d.episode).orElse(null);
        Instant warnAt = planner.warnAt(d);
        if (episode == null || d.appointmentIsHistory()) {
            d.nextCheckAt = DeadlineRules.nextCheck(d, episode, warnAt);
            return;
        }
        if (!now.isBefore(d.currentDueAt)) {
            // a warning that would come after the due instant (backdated receipt, long outage) is skipped
            if (episode.missedAt == null) {
                episode.missedAt = now;
                outbox.publish(config.slaTopic(), d.code, new DeadlineMissed(d.code, now, d.episode, d.currentDueAt,
                        d.originalDueAt, d.procedureCode, d.decidingAgencyCode, d.holdingUnitCode, d.holdingOfficer));
                metrics.emitted("missed");
            }
        } else if (!now.isBefore(warnAt) && episode.approachingAt == null) {
            episode.approachingAt = now;
            outbox.publish(config.slaTopic(), d.code, new DeadlineApproaching(d.code, now, d.episode, d.currentDueAt,
                    d.procedureCode, d.decidingAgencyCode, d.holdingUnitCode, d.holdingOfficer));
            metrics.emitted("approaching");
        }
        d.nextCheckAt = DeadlineRules.nextCheck(d, episode, warnAt);
    }
}
