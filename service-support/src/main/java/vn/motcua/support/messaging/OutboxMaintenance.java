package vn.motcua.support.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import org.jboss.logging.Logger;

/** Deletes published outbox rows after the retention period and exposes the backlog as a gauge. */
@ApplicationScoped
public class OutboxMaintenance {
    private static final Logger LOG = Logger.getLogger(OutboxMaintenance.class);

    private final OutboxStore store;
    private final MessagingConfig config;
    private final Clock clock;
    private final MeterRegistry registry;

    public OutboxMaintenance(OutboxStore store, MessagingConfig config, Clock clock, MeterRegistry registry) {
        this.store = store;
        this.config = config;
        this.clock = clock;
        this.registry = registry;
    }

    void registerGauge(@Observes StartupEvent event) {
        Gauge.builder("motcua.outbox.pending", () -> QuarkusTransaction.requiringNew().call(store::countPending))
                .description("Outbox events not yet published to Kafka").register(registry);
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deletePublished() {
        int deleted = QuarkusTransaction.requiringNew()
                .call(() -> store.deleteSentBefore(clock.instant().minus(config.outboxRetention())));
        if (deleted > 0) {
            LOG.infof("deleted %d published outbox events older than %s", deleted, config.outboxRetention());
        }
    }
}
