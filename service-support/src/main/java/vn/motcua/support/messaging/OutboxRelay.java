package vn.motcua.support.messaging;

import io.cloudevents.CloudEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jboss.logging.Logger;

/**
 * Publishes pending outbox rows to Kafka in order and marks them sent. Runs on its own thread,
 * woken after each commit that wrote a row and at least every {@code relay-interval}. While the
 * broker is down the rows simply stay pending: the REST API never waits for Kafka.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxStore store;
    private final KafkaClients clients;
    private final MessagingConfig config;
    private final Clock clock;
    private final Semaphore signal = new Semaphore(0);
    private final AtomicLong published = new AtomicLong();
    private volatile boolean running;
    private volatile Thread thread;
    private KafkaProducer<String, CloudEvent> producer;

    public OutboxRelay(OutboxStore store, KafkaClients clients, MessagingConfig config, Clock clock) {
        this.store = store;
        this.clients = clients;
        this.config = config;
        this.clock = clock;
    }

    void start(@Observes StartupEvent event) {
        if (!config.relayEnabled()) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform().name("outbox-relay").daemon().start(this::loop);
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        Thread t = thread;
        if (t != null) {
            signal.release();
            try {
                t.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    public void wake() {
        signal.release();
    }

    /** Events published since start-up (for metrics and tests). */
    public long publishedCount() {
        return published.get();
    }

    private void loop() {
        while (running) {
            try {
                signal.tryAcquire(config.relayInterval().toMillis(), TimeUnit.MILLISECONDS);
                signal.drainPermits();
                while (running && publishBatch() == config.relayBatchSize()) {
                    // a full batch: more may be waiting
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("outbox relay: %s (events stay pending and are retried)", e.getMessage());
                pause();
            }
        }
    }

    /**
     * Publishes one batch in one transaction; returns how many rows it published. Nothing is sent
     * unless the broker answered a metadata request first, and a batch stops at the first send that
     * fails, so an outage never lets a long batch outlive its transaction after some sends went out.
     */
    int publishBatch() {
        return QuarkusTransaction.requiringNew().timeout(120).call(() -> {
            List<OutboxEvent> rows = store.lockPending(config.relayBatchSize());
            if (rows.isEmpty()) {
                return 0;
            }
            producer().partitionsFor(rows.get(0).topic);
            List<Future<?>> sends = new ArrayList<>(rows.size());
            for (OutboxEvent row : rows) {
                try {
                    sends.add(producer().send(new ProducerRecord<>(row.topic, row.messageKey,
                            CloudEventCodec.toCloudEvent(row))));
                } catch (RuntimeException e) {
                    store.recordFailure(row.seq, e.getMessage());
                    break;
                }
            }
            producer().flush();
            List<Long> sent = new ArrayList<>(sends.size());
            String failure = null;
            for (int i = 0; i < sends.size(); i++) {
                try {
                    sends.get(i).get(30, TimeUnit.SECONDS);
                    sent.add(rows.get(i).seq);
                } catch (Exception e) {
                    store.recordFailure(rows.get(i).seq, e.getMessage());
                    failure = failure == null ? e.getMessage() : failure;
                }
            }
            store.markSent(sent, clock.instant());
            published.addAndGet(sent.size());
            if (sent.size() < rows.size()) {
                LOG.warnf("outbox relay: %d of %d events not published yet: %s", rows.size() - sent.size(),
                        rows.size(), failure);
            }
            return sent.size();
        });
    }

    private synchronized KafkaProducer<String, CloudEvent> producer() {
        if (producer == null) {
            producer = clients.cloudEventProducer(config.source().replace("/", "") + "-outbox-relay");
        }
        return producer;
    }

    private void pause() {
        try {
            Thread.sleep(Math.max(1000, config.relayInterval().toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
