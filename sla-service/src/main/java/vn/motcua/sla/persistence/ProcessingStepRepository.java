package vn.motcua.sla.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.motcua.sla.domain.ProcessingStep;

/** Hand-overs of dossiers with their step deadlines. */
@ApplicationScoped
public class ProcessingStepRepository implements PanacheRepository<ProcessingStep> {
    public List<ProcessingStep> of(String dossierCode) {
        return list("dossierCode = ?1 order by seq", dossierCode);
    }
}
