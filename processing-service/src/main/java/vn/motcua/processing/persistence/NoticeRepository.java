package vn.motcua.processing.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.processing.domain.Notice;

/** Notices reported by the notification service. */
@ApplicationScoped
public class NoticeRepository implements PanacheRepository<Notice> {

    public List<Notice> ofDossier(String code) {
        return list("dossierCode = ?1 order by occurredAt, id", code);
    }

    public Optional<Notice> findByNoticeId(UUID noticeId) {
        return find("noticeId", noticeId).firstResultOptional();
    }
}
