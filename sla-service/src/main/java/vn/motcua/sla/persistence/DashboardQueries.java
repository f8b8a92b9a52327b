package vn.motcua.sla.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.sla.domain.AgencyNode;
import vn.motcua.sla.domain.DossierField;

/** The dashboard's small reads besides the statistics: its choices (agencies, fields) and a change fingerprint. */
@ApplicationScoped
public class DashboardQueries {
    private static final int MAX_AGENCIES = 1000;

    private final EntityManager em;

    public DashboardQueries(EntityManager em) {
        this.em = em;
    }

    /** The subtree of {@code root} in tree order (every agency when root is null). */
    public List<AgencyNode> subtree(String root) {
        String where = root == null ? "" : " where path @> array[cast(:root as text)]";
        Query query = em.createNativeQuery("select code, coalesce(name, code), level, depth - "
                + (root == null ? "1" : "coalesce((select depth from agency where code = :root), 1)")
                + " from agency" + where + " order by path limit " + MAX_AGENCIES);
        if (root != null) {
            query.setParameter("root", root);
        }
        List<AgencyNode> nodes = new ArrayList<>();
        for (Object o : query.getResultList()) {
            Object[] r = (Object[]) o;
            nodes.add(new AgencyNode((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue()));
        }
        return nodes;
    }

    /** Fields seen on dossiers (their labels, kept by the statistics journal). */
    public List<DossierField> fields() {
        List<DossierField> fields = new ArrayList<>();
        for (Object o : em.createNativeQuery("select code, name from dimension_label"
                + " where kind = 'FIELD' order by 2, 1").getResultList()) {
            Object[] r = (Object[]) o;
            fields.add(new DossierField((String) r[0], r[1] == null ? (String) r[0] : (String) r[1]));
        }
        return fields;
    }

    /**
     * Changes when any dossier changes (last update, index tracked_dossier_updated) or becomes overdue by the passing
     * of time (open dossiers past their appointment, partial index tracked_dossier_open_scoring_due): two index reads.
     */
    public String fingerprint(Instant now) {
        Object[] r = (Object[]) em.createNativeQuery("select (select cast(extract(epoch from max(updated_at)) * 1000 as bigint)"
                        + " from tracked_dossier), (select count(*) from tracked_dossier where ended_at is null"
                        + " and scoring_due_at < :now)")
                .setParameter("now", now).getSingleResult();
        return (r[0] == null ? "0" : r[0].toString()) + "-" + r[1];
    }
}
