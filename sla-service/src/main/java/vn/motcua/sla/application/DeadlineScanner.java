package vn.motcua.sla.application;

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
import vn.motcua.events.sla.DossierSlaEvent;
import vn.motcua.sla.config.SlaConfig;
import vn.motcua.sla.persistence.StatsJournal;
import vn.motcua.sla.persistence.TrackedDossierRepository;
import vn.motcua.sla.persistence.TrackingChunk;
import vn.motcua.support.messaging.Outbox;
import vn.motcua.support.messaging.TopicsConfig;

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
    private final TopicsConfig topics;
    private final StatsJournal journal;
    private final Clock clock;

    public DeadlineScanner(TrackedDossierRepository dossiers, DeadlinePlanner planner, Outbox outbox, SlaMetrics metrics,
            SlaConfig config, TopicsConfig topics, StatsJournal journal, Clock clock) {
        this.dossiers = dossiers;
        this.planner = planner;
        this.outbox = outbox;
        this.metrics = metrics;
        this.config = config;
        this.topics = topics;
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
        // episode flags are only written under the dossier's row lock (claimed here, or taken by the consumer), so
        // the flag read with the chunk is the committed truth and setting it once is enough
        for (String code : codes) {
            chunk.deadlineCase(code).flatMap(c -> c.check(now, planner, journal)).ifPresent(this::publish);
        }
        return codes.size();
    }

    private void publish(DossierSlaEvent event) {
        outbox.publish(topics.sla().name(), event.dossierCode(), event);
        metrics.emitted(switch (event) {
            case DeadlineApproaching e -> "approaching";
            case DeadlineMissed e -> "missed";
        });
    }
}
