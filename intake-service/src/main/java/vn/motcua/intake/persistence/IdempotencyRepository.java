package vn.motcua.intake.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import vn.motcua.intake.domain.IdempotencyRecord;

/** Idempotency keys of dossier receipts. */
@ApplicationScoped
public class IdempotencyRepository implements PanacheRepositoryBase<IdempotencyRecord, String> {

    /**
     * Claims a key for this transaction; false when it is taken. A concurrent request with the same key
     * waits here until the first one commits (then false) or rolls back (then true).
     */
    public boolean claim(String key, String requestHash, Instant at) {
        return getEntityManager().createNativeQuery("insert into idempotency_key (idempotency_key, request_hash, created_at) "
                        + "values (:key, :hash, :at) on conflict (idempotency_key) do nothing")
                .setParameter("key", key).setParameter("hash", requestHash).setParameter("at", at)
                .executeUpdate() == 1;
    }
}
