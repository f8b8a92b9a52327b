package vn.motcua.notification.application.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import vn.motcua.events.notification.NoticeFailed;
import vn.motcua.events.notification.NoticeSent;
import vn.motcua.notification.domain.Notice;
import vn.motcua.support.messaging.Outbox;
import vn.motcua.support.messaging.TopicsConfig;

/** Announces a notice's final state on notification.outcome.v1, in the transaction that records it. */
@ApplicationScoped
public class OutcomePublisher {
    private final Outbox outbox;
    private final String topic;

    public OutcomePublisher(Outbox outbox, TopicsConfig topics) {
        this.outbox = outbox;
        this.topic = topics.notificationOutcome().name();
    }

    void sent(Notice n, String recipientMasked, Instant at) {
        outbox.publish(topic, n.dossierCode, new NoticeSent(n.id, n.dossierCode, at, n.episode, n.kind, n.channel,
                recipientMasked, n.reason, n.newDueAt));
    }

    void failed(Notice n, Instant at) {
        outbox.publish(topic, n.dossierCode, new NoticeFailed(n.id, n.dossierCode, at, n.episode, n.kind, n.lastError));
    }
}
