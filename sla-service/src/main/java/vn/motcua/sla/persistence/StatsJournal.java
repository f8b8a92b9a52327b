package vn.motcua.sla.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    private final TransactionSynchronizationRegistry transactions;
    /** Names already stored, so that a receipt writes a label only when it is new or renamed. */
    private final Map<String, String> labels = new ConcurrentHashMap<>();

    public StatsJournal(EntityManager em, TransactionSynchronizationRegistry transactions) {
        this.em = em;
        this.transactions = transactions;
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
        String key = kind + "/" + code;
        if (name == null || name.equals(labels.get(key))) {
            return;
        }
        em.createNativeQuery("insert into dimension_label (kind, code, name) values (:kind, :code, :name) "
                        + "on conflict (kind, code) do update set name = excluded.name "
                        + "where dimension_label.name is distinct from excluded.name")
                .setParameter("kind", kind).setParameter("code", code).setParameter("name", name).executeUpdate();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    labels.put(key, name);
                }
            }
        });
    }
}
