package vn.motcua.sla.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Open and overdue dossiers per deciding agency, from the statistics' stocks now (aggregates plus journal). */
@ApplicationScoped
public class OpenDossierCounts {
    private final EntityManager em;

    public OpenDossierCounts(EntityManager em) {
        this.em = em;
    }

    public List<AgencyCount> perAgency() {
        List<?> rows = em.createNativeQuery("select agency_code, sum(d_open), sum(d_overdue) from ("
                        + "select agency_code, d_open, d_overdue from stats_agency_now"
                        + " union all select agency_code, d_open, d_overdue from stats_delta) s"
                        + " group by agency_code having sum(d_open) > 0")
                .getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new AgencyCount((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue()))
                .toList();
    }

    public record AgencyCount(String agency, long open, long overdue) {
    }
}
