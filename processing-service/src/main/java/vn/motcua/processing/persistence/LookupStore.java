package vn.motcua.processing.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The public lookup's reserved attempts and result links, in this service's database (shared by instances). */
@ApplicationScoped
public class LookupStore {
    private final EntityManager em;

    public LookupStore(EntityManager em) {
        this.em = em;
    }

    /** What a reservation found: the new attempt's id (null when the allowance was used up) and the oldest counted. */
    public record Reservation(Long id, Instant oldest) {
        public boolean granted() {
            return id != null;
        }
    }

    /**
     * Reserves one attempt for {@code key} unless {@code limit} attempts are counted since {@code since}. Atomic: a
     * per-key advisory lock held to the end of the transaction makes parallel callers (any instance) count in turn.
     */
    public Reservation reserve(String scope, String key, Instant since, int limit, Instant now) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(:lock))")
                .setParameter("lock", "lookup:" + scope + ":" + key).getSingleResult();
        Object[] counted = (Object[]) em.createNativeQuery("select count(*), min(at) from lookup_attempt "
                        + "where scope = :scope and key = :key and at > :since")
                .setParameter("scope", scope).setParameter("key", key).setParameter("since", since).getSingleResult();
        Instant oldest = counted[1] == null ? now : (Instant) counted[1];
        if (((Number) counted[0]).intValue() >= limit) {
            return new Reservation(null, oldest);
        }
        Number id = (Number) em.createNativeQuery("insert into lookup_attempt (scope, key, at) "
                        + "values (:scope, :key, :now) returning id")
                .setParameter("scope", scope).setParameter("key", key).setParameter("now", now).getSingleResult();
        return new Reservation(id.longValue(), oldest);
    }

    /** Gives a reserved attempt back (the lookup succeeded, so it was no failed guess). */
    public void release(long id) {
        em.createNativeQuery("delete from lookup_attempt where id = :id").setParameter("id", id).executeUpdate();
    }

    /** A result link for {@code code}; it keeps no secret (phone_last4 stays null since V6). */
    public void grant(String token, String code, Instant expiresAt) {
        em.createNativeQuery("insert into lookup_grant (token, dossier_code, expires_at) values (:token, :code, :expires)")
                .setParameter("token", token).setParameter("code", code).setParameter("expires", expiresAt)
                .executeUpdate();
    }

    /** The grant's dossier code and expiry while it is valid. */
    public Optional<Object[]> findGrant(String token, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select dossier_code, expires_at from lookup_grant "
                + "where token = :token and expires_at > :now").setParameter("token", token).setParameter("now", now)
                .getResultList();
        return rows.stream().findFirst();
    }

    /** Deletes attempts counted before {@code attemptsBefore} and expired grants. */
    public int purge(Instant attemptsBefore, Instant now) {
        return em.createNativeQuery("delete from lookup_attempt where at < :before").setParameter("before", attemptsBefore)
                .executeUpdate()
                + em.createNativeQuery("delete from lookup_grant where expires_at <= :now").setParameter("now", now)
                .executeUpdate();
    }
}
