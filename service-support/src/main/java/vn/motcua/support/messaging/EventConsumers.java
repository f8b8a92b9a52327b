package vn.motcua.support.messaging;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Starts {@code consumers-per-topic} {@link ConsumerLoop}s per {@link EventHandler} bean of the service. */
@ApplicationScoped
public class EventConsumers {
    private final Instance<EventHandler<?>> handlers;
    private final KafkaClients clients;
    private final MessagingConfig config;
    private final EventProcessor processor;
    private final List<ConsumerLoop> loops = new ArrayList<>();

    public EventConsumers(Instance<EventHandler<?>> handlers, KafkaClients clients, MessagingConfig config,
            EventProcessor processor) {
        this.handlers = handlers;
        this.clients = clients;
        this.config = config;
        this.processor = processor;
    }

    void start(@Observes StartupEvent event) {
        if (!config.consumersEnabled()) {
            return;
        }
        Backoff backoff = new Backoff(config.infrastructureBackoff(), config.infrastructureBackoffMax());
        for (EventHandler<?> handler : handlers) {
            for (int i = 0; i < config.consumersPerTopic(); i++) {
                ConsumerLoop loop = new ConsumerLoop(handler, clients, config.consumerGroup(), processor, i,
                        config.maxPollRecords(), backoff);
                loops.add(loop);
                loop.start();
            }
        }
    }

    void stop(@Observes ShutdownEvent event) {
        loops.forEach(ConsumerLoop::stop);
    }

    /**
     * Holds consumption (maintenance, or a benchmark that queues events first and then times their consumption alone):
     * the consumers stay in their group and resume from where they were on {@link #release()}. Returns once every
     * consumer has handled the poll it was in (at most 30 s each), after which nothing more is consumed.
     */
    public void hold() {
        loops.forEach(loop -> loop.hold(Duration.ofSeconds(30)));
    }

    public void release() {
        loops.forEach(ConsumerLoop::release);
    }

    /** Polls given back because the database or the broker failed (retried, nothing dead-lettered), since start-up. */
    public long infrastructureFailureCount() {
        return loops.stream().mapToLong(ConsumerLoop::infrastructureFailures).sum();
    }

    /** The handler bean consuming that topic, if this service consumes it. */
    public Optional<EventHandler<?>> handlerOf(String topic) {
        return handlers.stream().filter(h -> h.topic().equals(topic)).findFirst();
    }

    /** Records fully handled (effect committed or dead-lettered) since start-up, per topic summed. */
    public long processedCount() {
        return loops.stream().mapToLong(ConsumerLoop::processed).sum();
    }
}
