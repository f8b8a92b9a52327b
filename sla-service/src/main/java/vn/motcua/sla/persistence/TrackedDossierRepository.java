package vn.motcua.sla.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.motcua.sla.domain.TrackedDossier;
import vn.motcua.support.persistence.Snapshots;

/** Tracked dossiers; the scanner claims the ones due for a look with {@code FOR UPDATE SKIP LOCKED}. */
@ApplicationScoped
public class TrackedDossierRepository implements PanacheRepositoryBase<TrackedDossier, String> {

    /**
     * Locks up to {@code limit} dossiers whose next instant of interest has come, earliest first, skipping rows another
     * scanner holds: the work is proportional to the dossiers due now (partial index on next_check_at).
     */
    @SuppressWarnings("unchecked")
    public List<String> claimDue(Instant now, int limit) {
        return getEntityManager().createNativeQuery("select code from tracked_dossier where next_check_at <= :now "
                        + "order by next_check_at limit :limit for update skip locked")
                .setParameter("now", now).setParameter("limit", limit).getResultList();
    }

    /** The dossier, read as the first statement of a snapshot: what the caller reads next in it is consistent. */
    public Optional<TrackedDossier> findInSnapshot(String code) {
        Snapshots.begin(getEntityManager());
        return findByIdOptional(code);
    }
}
