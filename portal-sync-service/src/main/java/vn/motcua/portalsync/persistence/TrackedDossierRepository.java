package vn.motcua.portalsync.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.portalsync.domain.TrackedDossier;

/** The dossiers whose changes are synchronised, each with its state as last queued. */
@ApplicationScoped
public class TrackedDossierRepository implements PanacheRepositoryBase<TrackedDossier, String> {
}
