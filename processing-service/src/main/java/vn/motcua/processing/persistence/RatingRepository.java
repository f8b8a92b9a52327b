package vn.motcua.processing.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;
import vn.motcua.processing.domain.AgencyPath;
import vn.motcua.processing.domain.Criterion;
import vn.motcua.processing.domain.Rating;
import vn.motcua.processing.domain.Satisfaction.GroupBy;

/** Citizens' ratings: one per dossier, tallied per agency or officer over the days they were given. */
@ApplicationScoped
public class RatingRepository implements PanacheRepository<Rating> {
    private static final String WHERE = " where r.rated_at >= :from and r.rated_at < :to";

    public boolean isRated(long dossierId) {
        return count("dossierId", dossierId) > 0;
    }

    /** Rows of (key, name, ratings) per group, for ratings given in {@code [from, to)} under the agencies given. */
    @SuppressWarnings("unchecked")
    public List<Object[]> ratingsPerGroup(GroupBy groupBy, Instant from, Instant to, String agency, String scope) {
        Query q = getEntityManager().createNativeQuery("select " + key(groupBy) + ", max(" + name(groupBy)
                + "), count(*) from rating r" + WHERE + agencies(agency, scope) + " group by " + key(groupBy));
        return bind(q, from, to, agency, scope).getResultList();
    }

    /** Rows of (key, criterion, scores, their sum, satisfied ones) per group and criterion. */
    @SuppressWarnings("unchecked")
    public List<Object[]> talliesPerGroup(GroupBy groupBy, Instant from, Instant to, String agency, String scope) {
        Query q = getEntityManager().createNativeQuery("select " + key(groupBy) + ", s.criterion, count(*),"
                + " sum(s.score), sum(case when s.score >= " + Criterion.SATISFIED + " then 1 else 0 end)"
                + " from rating r join rating_score s on s.rating_id = r.id" + WHERE + agencies(agency, scope)
                + " group by " + key(groupBy) + ", s.criterion");
        return bind(q, from, to, agency, scope).getResultList();
    }

    /** Rated dossiers with a comment, newest first: rows of (code, rated at, agency, officer, comment). */
    @SuppressWarnings("unchecked")
    public List<Object[]> comments(Instant from, Instant to, String agency, String scope, int page, int size) {
        Query q = getEntityManager().createNativeQuery("select r.dossier_code, r.rated_at, r.deciding_agency_code,"
                + " r.officer, r.comment from rating r" + WHERE + " and r.comment is not null" + agencies(agency, scope)
                + " order by r.rated_at desc, r.id desc");
        return bind(q, from, to, agency, scope).setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    public long countComments(Instant from, Instant to, String agency, String scope) {
        Query q = getEntityManager().createNativeQuery("select count(*) from rating r" + WHERE
                + " and r.comment is not null" + agencies(agency, scope));
        return ((Number) bind(q, from, to, agency, scope).getSingleResult()).longValue();
    }

    private static String key(GroupBy groupBy) {
        return groupBy == GroupBy.OFFICER ? "r.officer" : "r.deciding_agency_code";
    }

    private static String name(GroupBy groupBy) {
        return groupBy == GroupBy.OFFICER ? "r.unit_code" : "r.deciding_agency_name";
    }

    private static String agencies(String agency, String scope) {
        return (agency == null ? "" : " and r.deciding_agency_path like :agency")
                + (scope == null ? "" : " and r.deciding_agency_path like :scope");
    }

    private static Query bind(Query q, Instant from, Instant to, String agency, String scope) {
        q.setParameter("from", from).setParameter("to", to);
        if (agency != null) {
            q.setParameter("agency", AgencyPath.containing(agency));
        }
        if (scope != null) {
            q.setParameter("scope", AgencyPath.containing(scope));
        }
        return q;
    }
}
