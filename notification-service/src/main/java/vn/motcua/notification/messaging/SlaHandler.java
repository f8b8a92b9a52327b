package vn.motcua.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.events.sla.DossierSlaEvent;
import vn.motcua.notification.application.DeadlineNotices;
import vn.motcua.support.messaging.TopicHandlers;

/** dossier.sla.v1: deadline approaching or missed, turned into notices by {@link DeadlineNotices}. */
@ApplicationScoped
public class SlaHandler extends TopicHandlers.Sla {
    private final DeadlineNotices notices;

    public SlaHandler(DeadlineNotices notices) {
        this.notices = notices;
    }

    @Override
    public void handle(DossierSlaEvent event) {
        notices.handle(event);
    }
}
