package vn.motcua.support.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * Handles records exactly once in effect: decode, then consumed-event rows and effect in one
 * transaction per chunk of a poll; a failing chunk is handled again record by record, each in its own
 * transaction with bounded retries and then the dead-letter topic, so one poison record never takes
 * its neighbours with it. A failure of the database or the broker ({@link Failures}) is no poison: it is
 * thrown as {@link InfrastructureFailure}, nothing is dead-lettered, and the consumer retries the poll.
 */
@ApplicationScoped
public class EventProcessor {
    private static final Logger LOG = Logger.getLogger(EventProcessor.class);

    private final ConsumedEventLog log;
    private final DeadLetters deadLetters;
    private final MessagingConfig config;
    private final ConsumerMetrics metrics;

    public EventProcessor(ConsumedEventLog log, DeadLetters deadLetters, MessagingConfig config,
            ConsumerMetrics metrics) {
        this.log = log;
        this.deadLetters = deadLetters;
        this.config = config;
        this.metrics = metrics;
    }

    /** Handles the records of one poll (of one topic), in order, in chunks of {@code batch-size}. */
    public void processAll(EventHandler<?> handler, List<ConsumerRecord<String, byte[]>> records) {
        if (config.batchSize() <= 1) {
            records.forEach(record -> process(handler, record));
            return;
        }
        List<Decoded> decoded = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> record : records) {
            IncomingEvent event = decode(record);
            if (event != null) {
                decoded.add(new Decoded(record, event));
            }
        }
        for (int from = 0; from < decoded.size(); from += config.batchSize()) {
            processChunk(handler, decoded.subList(from, Math.min(decoded.size(), from + config.batchSize())));
        }
    }

    /** Handles one record in its own transaction. */
    public Result process(EventHandler<?> handler, ConsumerRecord<String, byte[]> record) {
        IncomingEvent event = decode(record);
        return event == null ? Result.DEAD_LETTERED : processOne(handler, record, event);
    }

    /** What became of one record. */
    public enum Result { HANDLED, DUPLICATE, DEAD_LETTERED }

    private void processChunk(EventHandler<?> handler, List<Decoded> chunk) {
        String topic = chunk.get(0).record().topic();
        int handled;
        try {
            handled = QuarkusTransaction.requiringNew().call(() -> {
                Set<UUID> fresh = log.markAllConsumed(chunk.stream().map(d -> d.event().id()).toList(), topic);
                List<IncomingEvent> events = new ArrayList<>(fresh.size());
                for (Decoded d : chunk) {
                    // remove: a record delivered twice in one chunk has its effect once
                    if (fresh.remove(d.event().id())) {
                        events.add(d.event());
                    }
                }
                handleBatch(handler, events);
                return events.size();
            });
        } catch (RuntimeException e) {
            if (Failures.isInfrastructure(e)) {
                throw new InfrastructureFailure("a chunk of " + topic + " failed: " + e.getMessage(), e);
            }
            LOG.warnf("a chunk of %d events of %s failed, handling them one by one: %s", chunk.size(), topic,
                    e.getMessage());
            metrics.chunk(topic, ConsumerMetrics.ONE_BY_ONE);
            chunk.forEach(d -> processOne(handler, d.record(), d.event()));
            return;
        }
        metrics.chunk(topic, ConsumerMetrics.COMMITTED);
        metrics.events(topic, ConsumerMetrics.HANDLED, handled);
        metrics.events(topic, ConsumerMetrics.DUPLICATE, chunk.size() - handled);
    }

    private Result processOne(EventHandler<?> handler, ConsumerRecord<String, byte[]> record, IncomingEvent event) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= config.maxAttempts(); attempt++) {
            try {
                boolean fresh = QuarkusTransaction.requiringNew().call(() -> {
                    boolean isNew = log.markConsumed(event.id(), record.topic());
                    if (isNew) {
                        handleBatch(handler, List.of(event));
                    }
                    return isNew;
                });
                metrics.events(record.topic(), fresh ? ConsumerMetrics.HANDLED : ConsumerMetrics.DUPLICATE, 1);
                return fresh ? Result.HANDLED : Result.DUPLICATE;
            } catch (RuntimeException e) {
                if (Failures.isInfrastructure(e)) {
                    throw new InfrastructureFailure(event.type() + " " + event.id() + " failed: " + e.getMessage(), e);
                }
                last = e;
                LOG.debugf("attempt %d of %s %s failed: %s", attempt, event.type(), event.id(), e.getMessage());
                backoff(attempt);
            }
        }
        deadLetter(record, last);
        return Result.DEAD_LETTERED;
    }

    /** Gives the handler the events of its type (decoded inside the transaction: a bad payload is retried, then dead-lettered). */
    private static <E> void handleBatch(EventHandler<E> handler, List<IncomingEvent> events) {
        List<E> typed = new ArrayList<>(events.size());
        for (IncomingEvent event : events) {
            handler.decode(event).ifPresent(typed::add);
        }
        if (typed.size() == 1) {
            handler.handle(typed.get(0));
        } else if (!typed.isEmpty()) {
            handler.handleBatch(typed);
        }
    }

    /** The record as an event, or null when it is none (then it is already dead-lettered). */
    private IncomingEvent decode(ConsumerRecord<String, byte[]> record) {
        try {
            return CloudEventCodec.fromRecord(record);
        } catch (IllegalArgumentException e) {
            deadLetter(record, e);
            return null;
        }
    }

    private void deadLetter(ConsumerRecord<String, byte[]> record, Throwable error) {
        LOG.errorf("event at %s-%d@%d goes to the dead-letter topic: %s", record.topic(), record.partition(),
                record.offset(), error.getMessage());
        deadLetters.send(record, rootCause(error));
        metrics.events(record.topic(), ConsumerMetrics.DEAD_LETTER, 1);
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

    /** A record with its decoded event. */
    private record Decoded(ConsumerRecord<String, byte[]> record, IncomingEvent event) {
    }
}
