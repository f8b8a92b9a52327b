package vn.motcua.notification.application.delivery;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import vn.motcua.notification.config.NotificationConfig;

/**
 * Delivers committed notices after the transaction that created them, never inside it: claim (committed as
 * SENDING), send outside any transaction, record. Each notice is locked with FOR UPDATE SKIP LOCKED, so any number
 * of instances can run this concurrently; attempts cut off by a crash are resolved every 30 s.
 */
@ApplicationScoped
public class DeliveryWorker {
    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    private final NoticeDelivery delivery;
    private final int batchSize;

    public DeliveryWorker(NoticeDelivery delivery, NotificationConfig config) {
        this.delivery = delivery;
        this.batchSize = config.delivery().batchSize();
    }

    @Scheduled(identity = "notice-delivery", every = "${motcua.notification.delivery.interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        runOnce();
    }

    /** Delivers up to one batch of due notices; returns how many were handled. */
    public int runOnce() {
        int handled = 0;
        try {
            while (handled < batchSize) {
                NoticeDelivery.Claim claim = delivery.claimNext();
                if (!claim.found()) {
                    break;
                }
                if (claim.attempt() != null) {
                    NoticeDelivery.Attempt attempt = claim.attempt();
                    delivery.record(attempt, attempt.sender().send(attempt.notice()));
                }
                handled++;
            }
        } catch (RuntimeException e) {
            LOG.warnf("delivery worker: %s (retried on the next run)", e.getMessage());
        }
        return handled;
    }

    @Scheduled(identity = "notice-resolution", every = "30s", delay = 5, delayUnit = java.util.concurrent.TimeUnit.SECONDS,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void resolve() {
        try {
            int resolved = delivery.resolveInterrupted();
            if (resolved > 0) {
                LOG.infof("resolved %d deliveries cut off while sending", resolved);
            }
        } catch (RuntimeException e) {
            LOG.warnf("resolving interrupted deliveries: %s (retried in 30 s)", e.getMessage());
        }
    }
}
