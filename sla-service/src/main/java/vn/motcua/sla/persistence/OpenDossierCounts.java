package vn.motcua.sla.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;

/** Open and overdue dossiers per deciding agency, in one aggregate over the open-dossier index. */
@ApplicationScoped
public class OpenDossierCounts {
    private final EntityManager em;
    private final Clock clock;

    public OpenDossierCounts(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    public List<AgencyCount> perAgency() {
        List<?> rows = em.createNativeQuery("select deciding_agency_code, count(*), count(*) filter "
                        + "(where paused_since is null and current_due_at < :now) from tracked_dossier "
                        + "where ended_at is null group by deciding_agency_code")
                .setParameter("now", clock.instant()).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new AgencyCount((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue()))
                .toList();
    }

    public record AgencyCount(String agency, long open, long overdue) {
    }
}
