package vn.motcua.sla.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.sla.domain.DeadlineEpisode;
import vn.motcua.sla.domain.PausedInterval;
import vn.motcua.sla.domain.ProcessingStep;
import vn.motcua.sla.domain.TrackedDossier;

/**
 * What a chunk of lifecycle events needs of its dossiers, read with four queries (the dossiers locked FOR UPDATE)
 * instead of several per event; new rows are added to it as they are persisted, so later events of the same chunk see
 * them without a query (the chunk's session flushes only at commit).
 */
public final class TrackingChunk {
    private final EntityManager em;
    private final Map<String, TrackedDossier> dossiers = new HashMap<>();
    private final Map<String, DeadlineEpisode> episodes = new HashMap<>();
    private final Map<String, PausedInterval> runningPauses = new HashMap<>();
    private final Map<String, Integer> lastStep = new HashMap<>();

    private TrackingChunk(EntityManager em) {
        this.em = em;
    }

    /** Loads and locks the dossiers with these codes, their episodes, running pauses and step counts. */
    public static TrackingChunk load(EntityManager em, Collection<String> codes) {
        TrackingChunk chunk = new TrackingChunk(em);
        List<String> list = List.copyOf(codes);
        em.createQuery("from TrackedDossier where code in :codes", TrackedDossier.class).setParameter("codes", list)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().forEach(d -> chunk.dossiers.put(d.code, d));
        if (chunk.dossiers.isEmpty()) {
            return chunk;
        }
        List<String> known = List.copyOf(chunk.dossiers.keySet());
        em.createQuery("from DeadlineEpisode where dossierCode in :codes", DeadlineEpisode.class)
                .setParameter("codes", known).getResultList().forEach(chunk::add);
        em.createQuery("from PausedInterval where dossierCode in :codes and endedAt is null order by startedAt",
                PausedInterval.class).setParameter("codes", known).getResultList()
                .forEach(p -> chunk.runningPauses.put(p.dossierCode, p));
        for (Object[] r : em.createQuery("select dossierCode, max(seq) from ProcessingStep where dossierCode in :codes"
                + " group by dossierCode", Object[].class).setParameter("codes", known).getResultList()) {
            chunk.lastStep.put((String) r[0], ((Number) r[1]).intValue());
        }
        return chunk;
    }

    public Optional<TrackedDossier> dossier(String code) {
        return Optional.ofNullable(dossiers.get(code));
    }

    public Optional<DeadlineEpisode> episode(String code, int episode) {
        return Optional.ofNullable(episodes.get(code + "#" + episode));
    }

    public Optional<PausedInterval> runningPause(String code) {
        return Optional.ofNullable(runningPauses.get(code));
    }

    public void persist(TrackedDossier d) {
        em.persist(d);
        dossiers.put(d.code, d);
    }

    public void persist(DeadlineEpisode e) {
        em.persist(e);
        add(e);
    }

    public void persist(PausedInterval p) {
        em.persist(p);
        runningPauses.put(p.dossierCode, p);
    }

    /** The pause is over (its end is set by the caller): no longer running. */
    public void ended(PausedInterval p) {
        runningPauses.remove(p.dossierCode);
    }

    /** Persists a hand-over with the next sequence number of its dossier. */
    public void persist(ProcessingStep step) {
        step.seq = lastStep.merge(step.dossierCode, 1, Integer::sum);
        em.persist(step);
    }

    private void add(DeadlineEpisode e) {
        episodes.put(e.dossierCode + "#" + e.episode, e);
    }
}
