package vn.motcua.sla.domain;

import java.time.Instant;

/** Where a dossier's changes to the statistics are written (the journal of deltas, folded into aggregates). */
public interface StatsLedger {

    void record(TrackedDossier dossier, Instant at, StatsDeltaValues delta);
}
