package vn.motcua.sla.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import vn.motcua.sla.domain.ProcessingStep;

/** Hand-overs of dossiers with their step deadlines. */
@ApplicationScoped
public class ProcessingStepRepository implements PanacheRepository<ProcessingStep> {
    public List<ProcessingStep> of(String dossierCode) {
        return list("dossierCode = ?1 order by seq", dossierCode);
    }

    /** The step at {@code seq} of the dossier (processing numbers hand-overs from 1 as this service does). */
    public Optional<ProcessingStep> at(String dossierCode, int seq) {
        return find("dossierCode = ?1 and seq = ?2", dossierCode, seq).firstResultOptional();
    }
}
