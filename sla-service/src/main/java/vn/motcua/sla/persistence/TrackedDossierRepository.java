package vn.motcua.sla.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.motcua.sla.domain.TrackedDossier;

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

    /**
     * The dossier, read as the first statement of a REPEATABLE READ transaction: whatever the caller reads next in it
     * (pauses, episodes, steps) comes from the same snapshot. At PostgreSQL's default READ COMMITTED each statement
     * sees the latest commit, so a view could show a pause closed by a commit that landed after its dossier row was
     * read, with the appointment from before it (seen in e2e: the appointment "not moved" by a closed pause).
     */
    public Optional<TrackedDossier> findInSnapshot(String code) {
        getEntityManager().createNativeQuery("set transaction isolation level repeatable read").executeUpdate();
        return findByIdOptional(code);
    }
}
