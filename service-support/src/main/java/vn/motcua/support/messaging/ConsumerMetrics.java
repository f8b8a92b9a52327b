package vn.motcua.support.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What the consumers did, per topic, on /q/metrics: events handled, skipped as already consumed or
 * dead-lettered ({@code motcua_consumer_events_total}); chunks committed in one transaction or, after
 * a failure, handled again one by one ({@code motcua_consumer_chunks_total}).
 */
@ApplicationScoped
public class ConsumerMetrics {
    public static final String HANDLED = "handled";
    public static final String DUPLICATE = "duplicate";
    public static final String DEAD_LETTER = "dead_letter";
    public static final String COMMITTED = "committed";
    public static final String ONE_BY_ONE = "one_by_one";

    private final MeterRegistry registry;

    public ConsumerMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void events(String topic, String outcome, int count) {
        if (count > 0) {
            counter("motcua.consumer.events", topic, outcome).increment(count);
        }
    }

    void chunk(String topic, String outcome) {
        counter("motcua.consumer.chunks", topic, outcome).increment();
    }

    private Counter counter(String name, String topic, String outcome) {
        return Counter.builder(name).tag("topic", topic).tag("outcome", outcome).register(registry);
    }
}
