package vn.motcua.sla.persistence;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.sla.domain.DossierIndexFact;
import vn.motcua.sla.domain.FeeRecord;

/**
 * The index facts of a chunk's dossiers, read with one query the first time a later event of a dossier needs one (a
 * receipt's row is new: nothing to read); a dossier without a row gets one. Written at commit with the chunk's other
 * rows.
 */
public final class IndexFactChunk {
    private final EntityManager em;
    private final List<String> codes;
    private final Map<String, DossierIndexFact> created = new HashMap<>();
    private Map<String, DossierIndexFact> stored;

    public IndexFactChunk(EntityManager em, Collection<String> codes) {
        this.em = em;
        this.codes = List.copyOf(codes);
    }

    /** The row of a dossier received in this chunk (new: it has none yet). */
    public DossierIndexFact received(String code) {
        return created.computeIfAbsent(code, this::create);
    }

    /** The dossier's row, created (and persisted) when it has none. */
    public DossierIndexFact fact(String code) {
        DossierIndexFact fact = created.get(code);
        if (fact != null) {
            return fact;
        }
        if (stored == null) {
            stored = new HashMap<>();
            em.createQuery("from DossierIndexFact where dossierCode in :codes", DossierIndexFact.class)
                    .setParameter("codes", codes).getResultList().forEach(f -> stored.put(f.dossierCode, f));
        }
        return stored.containsKey(code) ? stored.get(code) : created.computeIfAbsent(code, this::create);
    }

    private DossierIndexFact create(String code) {
        DossierIndexFact fact = DossierIndexFact.of(code);
        em.persist(fact);
        return fact;
    }

    public void persist(FeeRecord payment) {
        em.persist(payment);
    }
}
