package vn.motcua.support.messaging;

import jakarta.inject.Inject;
import vn.motcua.events.lifecycle.DossierLifecycleEvent;
import vn.motcua.events.notification.NotificationOutcomeEvent;
import vn.motcua.events.sla.DossierSlaEvent;

/**
 * The platform's topics, each with the event family it carries: a service's handler extends one and writes only
 * what it does with the events ({@code handle}, and {@code handleBatch} where a chunk is cheaper).
 */
public final class TopicHandlers {

    private TopicHandlers() {
    }

    /** dossier.lifecycle.v1 ({@code motcua.topics.lifecycle.name}). */
    public abstract static class Lifecycle implements EventHandler<DossierLifecycleEvent> {
        @Inject
        TopicsConfig topics;

        @Override
        public String topic() {
            return topics.lifecycle().name();
        }

        @Override
        public Class<DossierLifecycleEvent> eventType() {
            return DossierLifecycleEvent.class;
        }
    }

    /** dossier.sla.v1 ({@code motcua.topics.sla.name}). */
    public abstract static class Sla implements EventHandler<DossierSlaEvent> {
        @Inject
        TopicsConfig topics;

        @Override
        public String topic() {
            return topics.sla().name();
        }

        @Override
        public Class<DossierSlaEvent> eventType() {
            return DossierSlaEvent.class;
        }
    }

    /** notification.outcome.v1 ({@code motcua.topics.notification-outcome.name}). */
    public abstract static class NotificationOutcome implements EventHandler<NotificationOutcomeEvent> {
        @Inject
        TopicsConfig topics;

        @Override
        public String topic() {
            return topics.notificationOutcome().name();
        }

        @Override
        public Class<NotificationOutcomeEvent> eventType() {
            return NotificationOutcomeEvent.class;
        }
    }
}
