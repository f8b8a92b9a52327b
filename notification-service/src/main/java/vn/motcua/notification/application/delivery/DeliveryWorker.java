package vn.motcua.notification.application.delivery;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import vn.motcua.notification.config.NotificationConfig;

/**
 * Delivers committed notices after the transaction that created them, never inside it. Each notice
 * is locked with FOR UPDATE SKIP LOCKED, so any number of instances can run this concurrently.
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
            while (handled < batchSize && delivery.deliverNext()) {
                handled++;
            }
        } catch (RuntimeException e) {
            LOG.warnf("delivery worker: %s (retried on the next run)", e.getMessage());
        }
        return handled;
    }
}
