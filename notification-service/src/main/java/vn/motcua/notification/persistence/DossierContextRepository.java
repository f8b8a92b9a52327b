package vn.motcua.notification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.notification.domain.DossierContext;

/** Notice contexts of dossiers, by dossier code. */
@ApplicationScoped
public class DossierContextRepository implements PanacheRepositoryBase<DossierContext, String> {
}
