package vn.motcua.notification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.motcua.notification.domain.DeliveryAttempt;

/** The delivery log. */
@ApplicationScoped
public class DeliveryAttemptRepository implements PanacheRepository<DeliveryAttempt> {

    public List<DeliveryAttempt> listByNotice(UUID noticeId) {
        return list("noticeId = ?1 order by id", noticeId);
    }
}
