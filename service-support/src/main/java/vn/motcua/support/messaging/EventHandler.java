package vn.motcua.support.messaging;

import java.util.List;

/**
 * A service's reaction to the events of one topic. Each handler bean gets its own consumer;
 * {@link #handle} runs inside a transaction that also records the event id, so a redelivered
 * event has its effect once. Throwing rolls both back; after the configured attempts the event
 * goes to the topic's dead-letter topic.
 */
public interface EventHandler {

    /** The topic to consume (resolve it from configuration). */
    String topic();

    void handle(IncomingEvent event);

    /**
     * Handles a chunk of events in one transaction, which also records their ids. {@code events} are
     * only those not consumed before, each id once, in the order of their partitions (one key's events
     * keep their order; events of different partitions may interleave). Throwing rolls the whole chunk
     * back, after which each event is given to {@link #handle} in its own transaction (with retries and
     * dead-lettering), so an override must have exactly the effect of calling {@link #handle} for each
     * event in turn. Override it to load or write a chunk's rows in a few statements.
     */
    default void handleBatch(List<IncomingEvent> events) {
        events.forEach(this::handle);
    }
}
