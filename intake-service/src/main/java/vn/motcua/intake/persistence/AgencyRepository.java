package vn.motcua.intake.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.intake.domain.Agency;

/** Agencies by code, and path rewrites when a sub-tree moves. */
@ApplicationScoped
public class AgencyRepository implements PanacheRepositoryBase<Agency, String> {

    public List<Agency> listAll(Boolean active, String parentCode) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (active != null) {
            query.append(" and active = :active");
            params.put("active", active);
        }
        if (parentCode != null) {
            query.append(" and parentCode = :parent");
            params.put("parent", parentCode);
        }
        return find(query.toString(), Sort.by("path"), params).list();
    }

    /** Rewrites the paths of every descendant of an agency whose own path changed from oldPath to newPath. */
    public int movePaths(String oldPath, String newPath) {
        return getEntityManager().createNativeQuery("update agency set path = :newPath || substring(path from :cut) "
                        + "where path like :prefix")
                .setParameter("newPath", newPath)
                .setParameter("cut", oldPath.length() + 1)
                .setParameter("prefix", oldPath + Agency.PATH_SEPARATOR + "%")
                .executeUpdate();
    }
}
