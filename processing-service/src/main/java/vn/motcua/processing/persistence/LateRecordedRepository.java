package vn.motcua.processing.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import vn.motcua.processing.domain.AgencyPath;
import vn.motcua.processing.domain.LateRecordedLine;

/** History lines recorded more than a number of working days after they happened, by recording time. */
@ApplicationScoped
public class LateRecordedRepository {
    private static final String FROM = " from HistoryEntry h, Dossier d where d.id = h.dossierId"
            + " and h.workingDaysLate > :window and h.recordedAt >= :from and h.recordedAt < :to";

    private final EntityManager em;

    public LateRecordedRepository(EntityManager em) {
        this.em = em;
    }

    /** Lines recorded in {@code [from, to)} of dossiers decided under {@code agency} and {@code scope} (each if given). */
    public List<LateRecordedLine> page(int window, Instant from, Instant to, String agency, String scope, int page,
            int size) {
        TypedQuery<LateRecordedLine> query = em.createQuery("select new " + LateRecordedLine.class.getName()
                + "(d.code, h.action, h.occurredAt, h.recordedAt, h.recordedBy, h.workingDaysLate)" + FROM
                + agencies(agency, scope) + " order by h.recordedAt desc, h.id desc", LateRecordedLine.class);
        bind(query, window, from, to, agency, scope);
        return query.setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    public long count(int window, Instant from, Instant to, String agency, String scope) {
        TypedQuery<Long> query = em.createQuery("select count(h)" + FROM + agencies(agency, scope), Long.class);
        bind(query, window, from, to, agency, scope);
        return query.getSingleResult();
    }

    private static String agencies(String agency, String scope) {
        return (agency == null ? "" : " and d.decidingAgencyPath like :agency")
                + (scope == null ? "" : " and d.decidingAgencyPath like :scope");
    }

    private static void bind(TypedQuery<?> query, int window, Instant from, Instant to, String agency, String scope) {
        query.setParameter("window", window).setParameter("from", from).setParameter("to", to);
        if (agency != null) {
            query.setParameter("agency", AgencyPath.containing(agency));
        }
        if (scope != null) {
            query.setParameter("scope", AgencyPath.containing(scope));
        }
    }
}
