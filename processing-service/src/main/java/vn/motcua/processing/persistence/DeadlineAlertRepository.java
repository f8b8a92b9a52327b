package vn.motcua.processing.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import vn.motcua.processing.domain.DeadlineAlert;

/** Deadline facts from the SLA service, one per (dossier, episode, kind). */
@ApplicationScoped
public class DeadlineAlertRepository implements PanacheRepository<DeadlineAlert> {

    public List<DeadlineAlert> ofDossier(String code) {
        return list("dossierCode = ?1 order by occurredAt, id", code);
    }

    public Optional<DeadlineAlert> find(String code, int episode, String kind) {
        return find("dossierCode = ?1 and episode = ?2 and kind = ?3", code, episode, kind).firstResultOptional();
    }

    public boolean exists(String code, int episode, String kind) {
        return count("dossierCode = ?1 and episode = ?2 and kind = ?3", code, episode, kind) > 0;
    }
}
