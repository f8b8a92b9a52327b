package vn.motcua.sla.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.sla.domain.DeadlineCase;
import vn.motcua.sla.domain.DeadlineEpisode;
import vn.motcua.sla.domain.PausedInterval;
import vn.motcua.sla.domain.ProcessingStep;
import vn.motcua.sla.domain.TrackedDossier;

/**
 * The deadline cases a chunk of lifecycle events (or a scanner batch) works on, read with four queries (the dossiers
 * locked FOR UPDATE) instead of several per event. A case received in the chunk is added to it, so later events of
 * the same chunk find it without a query; every row is written at commit (the chunk's session flushes only then).
 */
public final class TrackingChunk {
    private final EntityManager em;
    private final Map<String, DeadlineCase> cases = new HashMap<>();

    private TrackingChunk(EntityManager em) {
        this.em = em;
    }

    /** Loads and locks the dossiers with these codes, with their current episodes, running pauses and step counts. */
    public static TrackingChunk load(EntityManager em, Collection<String> codes) {
        TrackingChunk chunk = new TrackingChunk(em);
        List<TrackedDossier> dossiers = em.createQuery("from TrackedDossier where code in :codes", TrackedDossier.class)
                .setParameter("codes", List.copyOf(codes)).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (dossiers.isEmpty()) {
            return chunk;
        }
        List<String> known = dossiers.stream().map(d -> d.code).toList();
        Map<String, DeadlineEpisode> episodes = new HashMap<>();
        em.createQuery("from DeadlineEpisode where dossierCode in :codes", DeadlineEpisode.class)
                .setParameter("codes", known).getResultList().forEach(e -> episodes.put(key(e.dossierCode, e.episode), e));
        // the latest running pause wins should there ever be two
        Map<String, PausedInterval> running = new HashMap<>();
        em.createQuery("from PausedInterval where dossierCode in :codes and endedAt is null order by startedAt",
                PausedInterval.class).setParameter("codes", known).getResultList()
                .forEach(p -> running.put(p.dossierCode, p));
        Map<String, Integer> steps = new HashMap<>();
        for (Object[] r : em.createQuery("select dossierCode, max(seq) from ProcessingStep where dossierCode in :codes"
                + " group by dossierCode", Object[].class).setParameter("codes", known).getResultList()) {
            steps.put((String) r[0], ((Number) r[1]).intValue());
        }
        for (TrackedDossier d : dossiers) {
            chunk.cases.put(d.code, new DeadlineCase(d, episodes.get(key(d.code, d.episode)), running.get(d.code),
                    steps.getOrDefault(d.code, 0)));
        }
        return chunk;
    }

    public Optional<DeadlineCase> deadlineCase(String code) {
        return Optional.ofNullable(cases.get(code));
    }

    /** A case just received: its dossier and first episode are inserted. */
    public void add(DeadlineCase received) {
        em.persist(received.dossier());
        em.persist(received.episode());
        cases.put(received.dossier().code, received);
    }

    public void persist(DeadlineEpisode episode) {
        em.persist(episode);
    }

    public void persist(PausedInterval pause) {
        em.persist(pause);
    }

    public void persist(ProcessingStep step) {
        em.persist(step);
    }

    private static String key(String code, int episode) {
        return code + "#" + episode;
    }
}
