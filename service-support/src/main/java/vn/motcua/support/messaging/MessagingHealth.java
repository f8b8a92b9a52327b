package vn.motcua.support.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Shows the broker's state without acting on it: always UP, with {@code kafka} reachable or not and the outbox
 * backlog. A broker outage must take no instance out of service (readiness is the database alone): receipts and
 * actions go on into the outbox and are relayed when the broker is back.
 */
@Liveness
@ApplicationScoped
public class MessagingHealth implements HealthCheck {
    private static final Duration PROBE_EVERY = Duration.ofSeconds(10);

    private final KafkaClients clients;
    private final OutboxStore outbox;
    private final EventConsumers consumers;
    private Admin admin;
    private boolean reachable;
    private long probedAt;

    public MessagingHealth(KafkaClients clients, OutboxStore outbox, EventConsumers consumers) {
        this.clients = clients;
        this.outbox = outbox;
        this.consumers = consumers;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("messaging").up()
                .withData("kafka", kafkaReachable() ? "reachable" : "unreachable")
                .withData("outboxPending", outboxPending())
                .withData("consumerRetries", consumers.infrastructureFailureCount())
                .build();
    }

    /** Probed at most every 10 s: liveness is polled often and a broker outage makes each probe wait. */
    private synchronized boolean kafkaReachable() {
        long now = System.nanoTime();
        if (probedAt != 0 && now - probedAt < PROBE_EVERY.toNanos()) {
            return reachable;
        }
        try {
            if (admin == null) {
                admin = clients.admin();
            }
            admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000)).clusterId().get(3, TimeUnit.SECONDS);
            reachable = true;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            reachable = false;
        }
        probedAt = System.nanoTime();
        return reachable;
    }

    private String outboxPending() {
        try {
            return String.valueOf(QuarkusTransaction.requiringNew().call(outbox::countPending));
        } catch (RuntimeException e) {
            return "unknown (database unavailable)";
        }
    }

    synchronized void stop(@Observes ShutdownEvent event) {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
