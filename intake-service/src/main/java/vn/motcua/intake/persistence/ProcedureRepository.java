package vn.motcua.intake.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.motcua.intake.domain.ProcedureVersion;
import vn.motcua.intake.domain.ProcedureVersionId;

/** Procedure versions: the one in force at an instant, the latest, the history. */
@ApplicationScoped
public class ProcedureRepository implements PanacheRepositoryBase<ProcedureVersion, ProcedureVersionId> {

    /** The version in force at {@code at}: the latest effective one, the highest version winning a tie. */
    public Optional<ProcedureVersion> inForce(String code, Instant at) {
        return ProcedureVersion.inForce(versions(code), at);
    }

    public List<ProcedureVersion> versions(String code) {
        return find("code", Sort.ascending("version"), code).list();
    }

    public int lastVersion(String code) {
        Integer max = getEntityManager().createQuery("select max(p.version) from ProcedureVersion p where p.code = :code",
                Integer.class).setParameter("code", code).getSingleResult();
        return max == null ? 0 : max;
    }

    /** Every version of every procedure, by code then version. */
    public List<ProcedureVersion> allVersions() {
        return listAll(Sort.ascending("code", "version"));
    }
}
