package vn.motcua.sla.persistence;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.sla.domain.DossierIndexFact;
import vn.motcua.sla.domain.FeeRecord;

/**
 * The index facts of a chunk's dossiers, read with one query the first time an event of the chunk needs one (most
 * chunks need none); a dossier without a row gets one. Written at commit with the chunk's other rows.
 */
public final class IndexFactChunk {
    private final EntityManager em;
    private final List<String> codes;
    private Map<String, DossierIndexFact> facts;

    public IndexFactChunk(EntityManager em, Collection<String> codes) {
        this.em = em;
        this.codes = List.copyOf(codes);
    }

    /** The dossier's row, created (and persisted) when it has none. */
    public DossierIndexFact fact(String code) {
        if (facts == null) {
            facts = new HashMap<>();
            em.createQuery("from DossierIndexFact where dossierCode in :codes", DossierIndexFact.class)
                    .setParameter("codes", codes).getResultList().forEach(f -> facts.put(f.dossierCode, f));
        }
        return facts.computeIfAbsent(code, c -> {
            DossierIndexFact created = DossierIndexFact.of(c);
            em.persist(created);
            return created;
        });
    }

    public void persist(FeeRecord payment) {
        em.persist(payment);
    }
}
