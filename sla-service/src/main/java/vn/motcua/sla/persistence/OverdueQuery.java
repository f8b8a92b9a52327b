package vn.motcua.sla.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;
import vn.motcua.sla.domain.TrackedDossier;

/** Open, unpaused dossiers past their current appointment, oldest appointment first (index tracked_dossier_open_due). */
@ApplicationScoped
public class OverdueQuery {
    private static final String FROM = " from tracked_dossier d join agency a on a.code = d.deciding_agency_code"
            + " where d.ended_at is null and d.paused_since is null and d.current_due_at < :now";

    private final EntityManager em;

    public OverdueQuery(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    public List<TrackedDossier> page(String agency, Instant now, int page, int size) {
        Query q = em.createNativeQuery("select d.*" + FROM + subtree(agency)
                + " order by d.current_due_at, d.code limit :size offset :offset", TrackedDossier.class);
        bind(q, agency, now);
        return q.setParameter("size", size).setParameter("offset", (long) page * size).getResultList();
    }

    public long count(String agency, Instant now) {
        Query q = em.createNativeQuery("select count(*)" + FROM + subtree(agency));
        bind(q, agency, now);
        return ((Number) q.getSingleResult()).longValue();
    }

    private static String subtree(String agency) {
        return agency == null ? "" : " and a.path @> array[cast(:agency as text)]";
    }

    private static void bind(Query q, String agency, Instant now) {
        q.setParameter("now", now);
        if (agency != null) {
            q.setParameter("agency", agency);
        }
    }
}
