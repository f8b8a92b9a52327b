package vn.motcua.support.messaging;

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
}
