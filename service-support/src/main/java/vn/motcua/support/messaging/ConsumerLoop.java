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

/**
 * Polls one topic for one handler (one of possibly several consumers of the group, each with its own
 * partitions). Offsets are committed only after every record of a poll has had its effect committed
 * (or been dead-lettered); after any failure the consumer is recreated and resumes from the last
 * committed offset, which the idempotent handling makes harmless.
 */
final class ConsumerLoop {
    private static final Logger LOG = Logger.getLogger(ConsumerLoop.class);

    private final EventHandler<?> handler;
    private final KafkaClients clients;
    private final String group;
    private final EventProcessor processor;
    private final String name;
    private final int maxPollRecords;
    private final AtomicLong processed = new AtomicLong();
    private volatile boolean running;
    private volatile boolean held;
    private volatile boolean holding;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;

    ConsumerLoop(EventHandler<?> handler, KafkaClients clients, String group, EventProcessor processor, int index,
            int maxPollRecords) {
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
            thread.join(5000);
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
                        if (held) {
                            // inside poll: partitions assigned while held return nothing from this poll on
                            c.pause(partitions);
                        }
                    }
                });
                while (running) {
                    applyHold(c);
                    ConsumerRecords<String, byte[]> records = c.poll(Duration.ofMillis(held ? 100 : 500));
                    if (records.isEmpty()) {
                        continue;
                    }
                    List<ConsumerRecord<String, byte[]>> polled = new ArrayList<>(records.count());
                    records.forEach(polled::add);
                    processor.processAll(handler, polled);
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

    /** On the loop's thread (the consumer is single-threaded); also pauses partitions assigned by a rebalance. */
    private void applyHold(KafkaConsumer<String, byte[]> c) {
        if (held) {
            c.pause(c.assignment());
            holding = true;
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
