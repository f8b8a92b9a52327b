package vn.motcua.processing.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.motcua.processing.domain.HistoryEntry;

/** The append-only history lines of dossiers. */
@ApplicationScoped
public class HistoryRepository implements PanacheRepository<HistoryEntry> {

    public List<HistoryEntry> ofDossier(long dossierId) {
        return list("dossierId = ?1 order by seq", dossierId);
    }
}
