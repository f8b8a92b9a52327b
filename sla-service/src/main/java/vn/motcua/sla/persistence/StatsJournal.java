package vn.motcua.sla.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import vn.motcua.sla.domain.StatsDelta;
import vn.motcua.sla.domain.StatsDeltaValues;
import vn.motcua.sla.domain.StatsLedger;
import vn.motcua.sla.domain.TrackedDossier;
import vn.motcua.support.time.VnTime;

/**
 * The statistics journal: deltas appended in the transaction of the change (dated by their day in Vietnam's time),
 * folded into the aggregates by {@code stats_fold}; also the names of fields and procedures the aggregates key by.
 */
@ApplicationScoped
public class StatsJournal implements StatsLedger {
    private final EntityManager em;
    private final WrittenValues written;

    public StatsJournal(EntityManager em, WrittenValues written) {
        this.em = em;
        this.written = written;
    }

    @Override
    public void record(TrackedDossier dossier, Instant at, StatsDeltaValues delta) {
        em.persist(StatsDelta.of(dossier, LocalDate.ofInstant(at, VnTime.ZONE), delta));
    }

    /** Remembers the labels of a received dossier's field and procedure. */
    public void label(TrackedDossier d) {
        if (d.fieldCode != null) {
            label("FIELD", d.fieldCode, d.fieldName);
        }
        label("PROCEDURE", d.procedureCode, d.procedureName);
    }

    /** Moves up to {@code maxRows} journal rows into the aggregates; 0 when another instance is folding. */
    public int fold(int maxRows) {
        return ((Number) em.createNativeQuery("select stats_fold(:max)").setParameter("max", maxRows)
                .getSingleResult()).intValue();
    }

    private void label(String kind, String code, String name) {
        String key = "label/" + kind + "/" + code;
        if (name == null || written.isStored(key, name)) {
            return;
        }
        em.createNativeQuery("insert into dimension_label (kind, code, name) values (:kind, :code, :name) "
                        + "on conflict (kind, code) do update set name = excluded.name "
                        + "where dimension_label.name is distinct from excluded.name")
                .setParameter("kind", kind).setParameter("code", code).setParameter("name", name).executeUpdate();
        written.storedInThisTransaction(key, name);
    }
}
