package vn.motcua.portalsync.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;
import vn.motcua.portalsync.config.PortalConfig;
import vn.motcua.portalsync.domain.PortalAnswer;
import vn.motcua.portalsync.domain.RetryPolicy;
import vn.motcua.portalsync.persistence.SyncChangeRepository;
import vn.motcua.portalsync.persistence.SyncChangeRepository.Claimed;

/**
 * Sends queued changes to the portal outside any transaction: claim (committed, leased), send, record. A dossier's
 * change is claimed only once its previous one is acknowledged, so the portal sees each dossier's changes in order;
 * any number of instances may run this (FOR UPDATE SKIP LOCKED and the lease keep them apart).
 */
@ApplicationScoped
public class PortalSender {
    private static final Logger LOG = Logger.getLogger(PortalSender.class);

    private final SyncChangeRepository changes;
    private final PortalClient portal;
    private final RetryPolicy retry;
    private final PortalConfig config;
    private final SyncMetrics metrics;
    private final Clock clock;

    public PortalSender(SyncChangeRepository changes, PortalClient portal, PortalSettings settings, SyncMetrics metrics,
            Clock clock) {
        this.changes = changes;
        this.portal = portal;
        this.retry = settings.retryPolicy();
        this.config = settings.config();
        this.metrics = metrics;
        this.clock = clock;
    }

    @Scheduled(identity = "portal-sync", every = "${motcua.portal.interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        try {
            while (runOnce() > 0) {
                // a dossier's next change is due as soon as its previous one was acknowledged
            }
        } catch (RuntimeException e) {
            LOG.warnf("portal sync: %s (retried on the next run)", e.getMessage());
        }
    }

    /** Sends one round of due changes (at most one per dossier); returns how many were acknowledged. */
    public int runOnce() {
        Instant now = clock.instant();
        List<Claimed> claimed = QuarkusTransaction.requiringNew()
                .call(() -> changes.claim(now, now.plus(config.lease()), config.batchSize()));
        int delivered = 0;
        for (Claimed change : claimed) {
            PortalAnswer answer = portal.send(change.syncKey(), change.payload());
            Instant at = clock.instant();
            if (answer.delivered()) {
                QuarkusTransaction.requiringNew().run(() -> changes.acknowledged(change.id(), at,
                        answer.outcome() == PortalAnswer.Outcome.DUPLICATE));
                delivered++;
            } else {
                LOG.debugf("change %s, attempt %d: %s", change.syncKey(), change.attempt(), answer.error());
                QuarkusTransaction.requiringNew().run(() -> changes.failed(change.id(),
                        at.plus(retry.delayAfter(change.attempt())), answer.error()));
            }
            metrics.sent(answer.outcome());
        }
        return delivered;
    }
}
