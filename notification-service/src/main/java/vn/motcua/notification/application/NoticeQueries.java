package vn.motcua.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.notification.domain.DeliveryAttempt;
import vn.motcua.notification.domain.Notice;
import vn.motcua.notification.persistence.DeliveryAttemptRepository;
import vn.motcua.notification.persistence.NoticeRepository;

/** What staff may read back: a dossier's notices, one notice, its delivery log. */
@ApplicationScoped
public class NoticeQueries {
    private final NoticeRepository notices;
    private final DeliveryAttemptRepository deliveries;

    public NoticeQueries(NoticeRepository notices, DeliveryAttemptRepository deliveries) {
        this.notices = notices;
        this.deliveries = deliveries;
    }

    public List<Notice> byDossier(String dossierCode) {
        return notices.listByDossier(dossierCode);
    }

    public Optional<Notice> find(UUID id) {
        return notices.findByIdOptional(id);
    }

    public List<DeliveryAttempt> deliveries(UUID noticeId) {
        return deliveries.listByNotice(noticeId);
    }
}
