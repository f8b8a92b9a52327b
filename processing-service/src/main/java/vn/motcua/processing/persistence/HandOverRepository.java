package vn.motcua.processing.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.motcua.processing.domain.HandOver;

/** Lines of the process-control sheet. */
@ApplicationScoped
public class HandOverRepository implements PanacheRepository<HandOver> {

    public List<HandOver> ofDossier(long dossierId) {
        return list("dossierId = ?1 order by seq", dossierId);
    }

    /** The step in hand (at most one is open), or null. */
    public HandOver openOf(long dossierId) {
        return find("dossierId = ?1 and endedAt is null", dossierId).firstResult();
    }
}
