package vn.motcua.portalsync.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.motcua.portalsync.domain.AgencySyncStatus;
import vn.motcua.portalsync.domain.SyncChange;
import vn.motcua.portalsync.persistence.SyncChangeRepository;

/** Reads the synchronisation's figures and a dossier's changes. */
@ApplicationScoped
public class SyncStatusQueries {
    private final SyncChangeRepository changes;

    public SyncStatusQueries(SyncChangeRepository changes) {
        this.changes = changes;
    }

    /** Per deciding agency within {@code agency} (null: every one) and within the caller's {@code scope}. */
    @Transactional
    public List<AgencySyncStatus> perAgency(String agency, String scope) {
        return changes.statusPerAgency(agency, scope);
    }

    @Transactional
    public List<SyncChange> ofDossier(String dossierCode) {
        return changes.ofDossier(dossierCode);
    }
}
