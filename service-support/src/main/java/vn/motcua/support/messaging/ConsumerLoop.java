package vn.motcua.support.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;
import vn.motcua.support.privacy.Mask;

/**
 * Polls one topic for one handler (one of possibly several consumers of the group, each with its own
 * partitions). Offsets are committed only after every record of a poll has had its effect committed
 * (or been dead-lettered). When the database or the broker fails ({@link InfrastructureFailure}) the
 * consumer seeks back to the poll's first records, pauses its partitions for a growing, capped backoff
 * (still polling, so it keeps its partitions) and tries again, without limit; after any other failure it is
 * recreated and resumes from the last committed offset. Both replay records already handled, which the
 * idempotent handling makes harmless. On stop it finishes the poll in hand, commits and leaves its group.
 */
final class ConsumerLoop {
    private static final Logger LOG = Logger.getLogger(ConsumerLoop.class);
    /** Within quarkus.shutdown.timeout: the poll in hand is finished and committed before the consumer leaves. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(20);

    private final EventHandler<?> handler;
    private final KafkaClients clients;
    private final String group;
    private final EventProcessor processor;
    private final String name;
    private final int maxPollRecords;
    private final Backoff backoff;
    private final AtomicLong processed = new AtomicLong();
    private final AtomicLong infrastructureFailures = new AtomicLong();
    private volatile boolean running;
    private volatile boolean held;
    private volatile boolean holding;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private int failuresInARow;
    private long retryAt = System.nanoTime();
    private Thread thread;

    ConsumerLoop(EventHandler<?> handler, KafkaClients clients, String group, EventProcessor processor, int index,
            int maxPollRecords, Backoff backoff) {
        this.backoff = backoff;
        this.handler = handler;
        this.clients = clients;
        this.group = group;
        this.processor = processor;
        this.name = handler.topic() + (index == 0 ? "" : "-" + index);
        this.maxPollRecords = maxPollRecords;
    }

    void start() {
        running = true;
        thread = Thread.ofPlatform().name("consumer-" + name).daemon().start(this::run);
    }

    void stop() {
        running = false;
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        try {
            thread.join(STOP_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Stops fetching (the consumer stays in its group, so no rebalance) until {@link #release()}; returns once the
     * poll in progress, if any, has been handled, so that nothing is consumed after it returns.
     */
    void hold(Duration max) {
        held = true;
        long deadline = System.nanoTime() + max.toNanos();
        while (running && !holding && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    void release() {
        held = false;
    }

    long processed() {
        return processed.get();
    }

    /** Polls given back because the database or the broker failed, since start-up. */
    long infrastructureFailures() {
        return infrastructureFailures.get();
    }

    private void run() {
        while (running) {
            try (KafkaConsumer<String, byte[]> c = clients.consumer(group, group + "-" + name,
                    maxPollRecords)) {
                consumer = c;
                c.subscribe(List.of(handler.topic()), new ConsumerRebalanceListener() {
                    @Override
                    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                    }

                    @Override
                    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                        if (held || backingOff()) {
                            // inside poll: partitions assigned while held return nothing from this poll on
                            c.pause(partitions);
                        }
                    }
                });
                while (running) {
                    applyHold(c);
                    ConsumerRecords<String, byte[]> records = c.poll(Duration.ofMillis(held || backingOff() ? 100 : 500));
                    if (records.isEmpty()) {
                        continue;
                    }
                    List<ConsumerRecord<String, byte[]>> polled = new ArrayList<>(records.count());
                    records.forEach(polled::add);
                    try {
                        processor.processAll(handler, polled);
                    } catch (InfrastructureFailure e) {
                        giveBack(c, records, e);
                        continue;
                    }
                    failuresInARow = 0;
                    processed.addAndGet(polled.size());
                    c.commitSync();
                }
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warnf("consumer of %s failed, resuming from the last committed offset: %s", handler.topic(),
                        e.getMessage());
                sleep();
            }
        }
    }

    /**
     * The poll is handled again from its first record of each partition once the backoff has passed; offsets are not
     * committed, so a crash meanwhile resumes from the same place.
     */
    private void giveBack(KafkaConsumer<String, byte[]> c, ConsumerRecords<String, byte[]> records,
            InfrastructureFailure e) {
        for (TopicPartition partition : records.partitions()) {
            c.seek(partition, records.records(partition).get(0).offset());
        }
        failuresInARow++;
        infrastructureFailures.incrementAndGet();
        Duration wait = backoff.after(failuresInARow);
        retryAt = System.nanoTime() + wait.toNanos();
        if (failuresInARow == 1 || failuresInARow % 10 == 0) {
            LOG.warnf("%s: the database or the broker failed (%d in a row), retrying in %d ms: %s", name,
                    failuresInARow, wait.toMillis(), Mask.text(e.getMessage()));
        }
    }

    private boolean backingOff() {
        return System.nanoTime() - retryAt < 0;
    }

    /** On the loop's thread (the consumer is single-threaded); also pauses partitions assigned by a rebalance. */
    private void applyHold(KafkaConsumer<String, byte[]> c) {
        if (held || backingOff()) {
            c.pause(c.assignment());
            holding = held;
        } else {
            holding = false;
            if (!c.paused().isEmpty()) {
                c.resume(c.paused());
            }
        }
    }

    private void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
