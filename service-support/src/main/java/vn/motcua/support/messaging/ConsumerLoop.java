package vn.motcua.support.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
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

    private final EventHandler handler;
    private final KafkaClients clients;
    private final String group;
    private final EventProcessor processor;
    private final String name;
    private final int maxPollRecords;
    private final AtomicLong processed = new AtomicLong();
    private volatile boolean running;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;

    ConsumerLoop(EventHandler handler, KafkaClients clients, String group, EventProcessor processor, int index,
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

    long processed() {
        return processed.get();
    }

    private void run() {
        while (running) {
            try (KafkaConsumer<String, byte[]> c = clients.consumer(group, group + "-" + name,
                    maxPollRecords)) {
                consumer = c;
                c.subscribe(List.of(handler.topic()));
                while (running) {
                    ConsumerRecords<String, byte[]> records = c.poll(Duration.ofMillis(500));
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

    private void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
