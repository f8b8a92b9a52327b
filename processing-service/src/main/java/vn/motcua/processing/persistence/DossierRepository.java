package vn.motcua.processing.persistence;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import vn.motcua.events.DossierStatus;
import vn.motcua.processing.domain.AgencyPath;
import vn.motcua.processing.domain.Dossier;

/** Dossiers by code, and the officers' paged list by agency (sub-units included) and status. */
@ApplicationScoped
public class DossierRepository implements PanacheRepository<Dossier> {

    /**
     * Serialises, to the end of the transaction, what two consumers may do at once to one dossier: its receipt and
     * sla's report of a miss come on two topics, and each looked for the other before either had committed (the
     * fault suite: two missed dossiers never re-appointed).
     */
    public void lockCode(String code) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext(:lock))")
                .setParameter("lock", "dossier:" + code).getSingleResult();
    }

    public Optional<Dossier> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** Dossiers whose deciding agency is under {@code agency} and under {@code scope} (each when given). */
    public PanacheQuery<Dossier> list(String agency, String scope, DossierStatus status, int page, int size) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (agency != null) {
            query.append(" and decidingAgencyPath like :agency");
            params.and("agency", AgencyPath.containing(agency));
        }
        if (scope != null) {
            query.append(" and decidingAgencyPath like :scope");
            params.and("scope", AgencyPath.containing(scope));
        }
        if (status != null) {
            query.append(" and status = :status");
            params.and("status", status);
        }
        return find(query.toString(), Sort.descending("receivedAt").and("id", Sort.Direction.Descending), params)
                .page(Page.of(page, size));
    }
}
