package vn.motcua.intake.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import vn.motcua.intake.domain.Dossier;

/** Dossiers by code and the per-agency, per-day sequence behind their codes. */
@ApplicationScoped
public class DossierRepository implements PanacheRepositoryBase<Dossier, String> {

    /**
     * Reserves {@code count} consecutive sequence numbers of an agency for a day and returns the first. The upsert
     * locks the counter row until the caller's transaction ends, so concurrent receipts queue here and get
     * consecutive numbers.
     */
    public int reserveSequence(String agencyCode, LocalDate day, int count) {
        Number last = (Number) getEntityManager().createNativeQuery("insert into dossier_sequence (agency_code, day, last_value) "
                        + "values (:agency, :day, :count) on conflict (agency_code, day) "
                        + "do update set last_value = dossier_sequence.last_value + :count returning last_value")
                .setParameter("agency", agencyCode).setParameter("day", day).setParameter("count", count)
                .getSingleResult();
        return last.intValue() - count + 1;
    }
}
