package vn.motcua.sla.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import vn.motcua.sla.domain.DeadlineEpisode;

/** Deadline episodes (their flags are set by the scanner under the dossier's row lock). */
@ApplicationScoped
public class DeadlineEpisodeRepository implements PanacheRepository<DeadlineEpisode> {

    public Optional<DeadlineEpisode> find(String dossierCode, int episode) {
        return find("dossierCode = ?1 and episode = ?2", dossierCode, episode).firstResultOptional();
    }

    public List<DeadlineEpisode> of(String dossierCode) {
        return list("dossierCode = ?1 order by episode", dossierCode);
    }
}
