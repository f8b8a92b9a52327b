package vn.motcua.support.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/** Handles one record exactly once in effect: decode, then consumed-event row and effect in one transaction, bounded retries, dead letter. */
@ApplicationScoped
public class EventProcessor {
    private static final Logger LOG = Logger.getLogger(EventProcessor.class);

    private final ConsumedEventLog log;
    private final DeadLetters deadLetters;
    private final MessagingConfig config;

    public EventProcessor(ConsumedEventLog log, DeadLetters deadLetters, MessagingConfig config) {
        this.log = log;
        this.deadLetters = deadLetters;
        this.config = config;
    }

    public void process(EventHandler handler, ConsumerRecord<String, byte[]> record) {
        IncomingEvent event;
        try {
            event = CloudEventCodec.fromRecord(record);
        } catch (IllegalArgumentException e) {
            deadLetter(record, e);
            return;
        }
        RuntimeException last = null;
        for (int attempt = 1; attempt <= config.maxAttempts(); attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    if (log.markConsumed(event.id(), record.topic())) {
                        handler.handle(event);
                    }
                });
                return;
            } catch (RuntimeException e) {
                last = e;
                LOG.debugf("attempt %d of %s %s failed: %s", attempt, event.type(), event.id(), e.getMessage());
                backoff(attempt);
            }
        }
        deadLetter(record, last);
    }

    private void deadLetter(ConsumerRecord<String, byte[]> record, Throwable error) {
        LOG.errorf("event at %s-%d@%d goes to the dead-letter topic: %s", record.topic(), record.partition(),
                record.offset(), error.getMessage());
        deadLetters.send(record, rootCause(error));
    }

    private static Throwable rootCause(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private void backoff(int attempt) {
        try {
            Thread.sleep(config.retryBackoff().toMillis() * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
