package vn.motcua.notification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.events.NoticeKind;
import vn.motcua.notification.domain.Notice;

/** Notices: claimed once per (dossier, episode, kind), then picked by the delivery worker. */
@ApplicationScoped
public class NoticeRepository implements PanacheRepositoryBase<Notice, UUID> {

    /**
     * Claims the key (dossier, episode, kind) in the current transaction; returns the new notice id,
     * or empty when a notice with that key already exists (a redelivery, a second trigger).
     */
    public Optional<UUID> claim(String dossierCode, int episode, NoticeKind kind, String agencyCode, String accessPath,
            Instant now) {
        UUID id = UUID.randomUUID();
        int inserted = getEntityManager().createNativeQuery("insert into notice (id, dossier_code, episode, kind, status, "
                + "agency_code, access_path, next_attempt_at, created_at) values (:id, :code, :episode, :kind, 'PENDING', "
                + ":agency, :access, :now, :now) on conflict (dossier_code, episode, kind) do nothing")
                .setParameter("id", id).setParameter("code", dossierCode).setParameter("episode", episode)
                .setParameter("kind", kind.name()).setParameter("agency", agencyCode).setParameter("access", accessPath)
                .setParameter("now", now).executeUpdate();
        return inserted == 1 ? Optional.of(id) : Optional.empty();
    }

    /**
     * Locks the next notice due for an attempt, skipping those another worker (thread or instance)
     * holds, so that each attempt is made by exactly one of them.
     */
    public Optional<Notice> lockNextDue(Instant now) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = getEntityManager().createNativeQuery("select id from notice where status in ('PENDING', 'HELD') "
                + "and next_attempt_at <= :now order by next_attempt_at limit 1 for update skip locked")
                .setParameter("now", now).getResultList();
        return ids.stream().findFirst().map(this::findById);
    }

    /** Locks up to 20 notices left SENDING since before {@code before}, skipping those another worker holds. */
    public List<Notice> lockSendingSince(Instant before) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = getEntityManager().createNativeQuery("select id from notice where status = 'SENDING' "
                + "and sending_since < :before order by sending_since limit 20 for update skip locked")
                .setParameter("before", before).getResultList();
        return ids.stream().map(this::findById).toList();
    }

    public List<Notice> listByDossier(String dossierCode) {
        return list("dossierCode = ?1 order by createdAt, episode, kind", dossierCode);
    }
}
