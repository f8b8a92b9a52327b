package vn.motcua.notification.support;

import java.time.Duration;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.support.messaging.EventConsumers;
import vn.motcua.testkit.EventWriter;
import vn.motcua.testkit.Polling;

/**
 * Feeds events onto the real topics and waits until the service has handled them, because the
 * lifecycle and SLA topics are consumed independently (days apart in reality, milliseconds in a test).
 */
public final class Feed implements AutoCloseable {
    private final EventWriter writer = new EventWriter(DevstackTestResource.kafkaBootstrapServers());
    private final EventConsumers consumers;

    public Feed(EventConsumers consumers) {
        this.consumers = consumers;
    }

    public EventWriter writer() {
        return writer;
    }

    /** Sends the events in order, each once the previous one was handled. */
    public void send(String topic, String key, Object... events) {
        for (Object event : events) {
            long before = consumers.processedCount();
            writer.send(topic, key, event);
            Polling.until(consumers::processedCount, n -> n > before, Duration.ofSeconds(30));
        }
    }

    @Override
    public void close() {
        writer.close();
    }
}
