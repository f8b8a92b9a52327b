package vn.motcua.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.events.sla.DossierSlaEvent;
import vn.motcua.notification.application.DeadlineNotices;
import vn.motcua.support.messaging.EventHandler;
import vn.motcua.support.messaging.TopicsConfig;

/** dossier.sla.v1: deadline approaching or missed, turned into notices by {@link DeadlineNotices}. */
@ApplicationScoped
public class SlaHandler implements EventHandler<DossierSlaEvent> {
    private final DeadlineNotices notices;
    private final TopicsConfig topics;

    public SlaHandler(DeadlineNotices notices, TopicsConfig topics) {
        this.notices = notices;
        this.topics = topics;
    }

    @Override
    public String topic() {
        return topics.sla().name();
    }

    @Override
    public Class<DossierSlaEvent> eventType() {
        return DossierSlaEvent.class;
    }

    @Override
    public void handle(DossierSlaEvent event) {
        notices.handle(event);
    }
}
