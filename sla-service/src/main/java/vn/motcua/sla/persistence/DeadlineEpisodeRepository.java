package vn.motcua.sla.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.motcua.sla.domain.DeadlineEpisode;

/** Deadline episodes (their flags are set by the scanner under the dossier's row lock). */
@ApplicationScoped
public class DeadlineEpisodeRepository implements PanacheRepository<DeadlineEpisode> {

    public List<DeadlineEpisode> of(String dossierCode) {
        return list("dossierCode = ?1 order by episode", dossierCode);
    }
}
