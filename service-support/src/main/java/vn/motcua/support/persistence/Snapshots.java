package vn.motcua.support.persistence;

import jakarta.persistence.EntityManager;

/**
 * Views assembled from several statements (a dossier row, then its pauses, history, steps) must come from one commit.
 * At PostgreSQL's default READ COMMITTED each statement sees the latest commit, so a commit landing between two of
 * them tears the view (seen in sla: a closed pause shown beside the appointment from before it). A REPEATABLE READ
 * transaction reads every statement from the snapshot its first one took, without locking anything.
 */
public final class Snapshots {
    private Snapshots() {
    }

    /** Makes the caller's transaction one snapshot; must run before its first statement (PostgreSQL refuses it after). */
    public static void begin(EntityManager em) {
        em.createNativeQuery("set transaction isolation level repeatable read").executeUpdate();
    }
}
