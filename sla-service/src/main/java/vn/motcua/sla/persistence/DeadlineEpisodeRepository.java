package vn.motcua.sla.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.motcua.sla.domain.DeadlineEpisode;

/** Deadline episodes; the mark methods succeed once per (dossier, episode), whoever calls them. */
@ApplicationScoped
public class DeadlineEpisodeRepository implements PanacheRepository<DeadlineEpisode> {

    public Optional<DeadlineEpisode> find(String dossierCode, int episode) {
        return find("dossierCode = ?1 and episode = ?2", dossierCode, episode).firstResultOptional();
    }

    public List<DeadlineEpisode> of(String dossierCode) {
        return list("dossierCode = ?1 order by episode", dossierCode);
    }

    /** True only for the one caller that records the warning (the row update is the guard). */
    public boolean markApproaching(String dossierCode, int episode, Instant at) {
        return update("approachingAt = ?1 where dossierCode = ?2 and episode = ?3 and approachingAt is null",
                at, dossierCode, episode) == 1;
    }

    /** True only for the one caller that records the miss. */
    public boolean markMissed(String dossierCode, int episode, Instant at) {
        return update("missedAt = ?1 where dossierCode = ?2 and episode = ?3 and missedAt is null",
                at, dossierCode, episode) == 1;
    }
}
