package vn.motcua.intake.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import vn.motcua.intake.domain.IdempotencyRecord;

/** Idempotency keys of dossier receipts and imports, each the caller's own. */
@ApplicationScoped
public class IdempotencyRepository implements PanacheRepositoryBase<IdempotencyRecord, IdempotencyRecord.Id> {

    /**
     * Claims the caller's key for this transaction; false when it is taken. A concurrent request of the same
     * caller with the same key waits here until the first one commits (then false) or rolls back (then true).
     */
    public boolean claim(IdempotencyRecord.Id id, String requestHash, Instant at) {
        return getEntityManager().createNativeQuery("insert into idempotency_key (caller, idempotency_key, request_hash, "
                        + "created_at) values (:caller, :key, :hash, :at) on conflict (caller, idempotency_key) do nothing")
                .setParameter("caller", id.caller).setParameter("key", id.key).setParameter("hash", requestHash)
                .setParameter("at", at)
                .executeUpdate() == 1;
    }
}
