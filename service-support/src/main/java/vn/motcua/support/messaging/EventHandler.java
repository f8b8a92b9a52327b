package vn.motcua.support.messaging;

import java.util.List;
import java.util.Optional;
import vn.motcua.events.EventTypes;

/**
 * A service's reaction to the events of one topic, typed by the event family the topic carries (a sealed interface
 * of {@code vn.motcua.events}). Each handler bean gets its own consumer; {@link #handle} runs inside a transaction
 * that also records the event id, so a redelivered event has its effect once. Throwing rolls both back; after the
 * configured attempts the event goes to the topic's dead-letter topic.
 *
 * @param <E> what the handler receives, e.g. {@code DossierLifecycleEvent}
 */
public interface EventHandler<E> {

    /** The topic to consume (resolve it from {@link TopicsConfig}). */
    String topic();

    /** The family of events this handler takes; other types on the topic are skipped (see {@link #decode}). */
    Class<E> eventType();

    void handle(E event);

    /**
     * Handles a chunk of events in one transaction, which also records their ids. {@code events} are only those
     * not consumed before, each once, in the order of their partitions (one key's events keep their order; events
     * of different partitions may interleave). Throwing rolls the whole chunk back, after which each event is given
     * to {@link #handle} in its own transaction (with retries and dead-lettering), so an override must have exactly
     * the effect of calling {@link #handle} for each event in turn. Override it to load or write a chunk's rows in a
     * few statements.
     */
    default void handleBatch(List<E> events) {
        events.forEach(this::handle);
    }

    /**
     * The event a record carries, or empty when its type is not this handler's: a type newer than this service is
     * skipped rather than dead-lettered. A payload that does not read as its type throws (and is dead-lettered).
     */
    default Optional<E> decode(IncomingEvent event) {
        return EventTypes.classOf(event.type()).filter(eventType()::isAssignableFrom)
                .map(type -> eventType().cast(event.payload()));
    }
}
