package vn.motcua.notification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.notification.domain.AgencyContact;

/** The staff directory, by agency code. */
@ApplicationScoped
public class AgencyContactRepository implements PanacheRepositoryBase<AgencyContact, String> {
}
