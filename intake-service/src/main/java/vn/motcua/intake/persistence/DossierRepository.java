package vn.motcua.intake.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import vn.motcua.intake.domain.Dossier;

/** Dossiers by code and the per-agency, per-day sequence behind their codes. */
@ApplicationScoped
public class DossierRepository implements PanacheRepositoryBase<Dossier, String> {

    /**
     * The next sequence number of an agency for a day. The upsert locks the counter row until the
     * caller's transaction ends, so concurrent receipts queue here and get consecutive numbers.
     */
    public int nextSequence(String agencyCode, LocalDate day) {
        Number next = (Number) getEntityManager().createNativeQuery("insert into dossier_sequence (agency_code, day, last_value) "
                        + "values (:agency, :day, 1) on conflict (agency_code, day) "
                        + "do update set last_value = dossier_sequence.last_value + 1 returning last_value")
                .setParameter("agency", agencyCode).setParameter("day", day).getSingleResult();
        return next.intValue();
    }
}
