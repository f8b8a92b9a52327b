package vn.motcua.sla.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.motcua.sla.domain.PausedInterval;

/** Paused periods of dossiers. */
@ApplicationScoped
public class PausedIntervalRepository implements PanacheRepository<PausedInterval> {
    public List<PausedInterval> of(String dossierCode) {
        return list("dossierCode = ?1 order by startedAt", dossierCode);
    }
}
