package vn.motcua.sla.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.sla.persistence.StatsJournal;

/**
 * Folds the statistics journal into the aggregates every second, in transactions of at most {@link #CHUNK} rows, so
 * that the journal a query adds to the aggregates stays a second's worth of deltas.
 */
@ApplicationScoped
public class StatsFolder {
    static final int CHUNK = 20_000;
    private static final int MAX_CHUNKS_PER_RUN = 50;

    private final StatsJournal journal;

    public StatsFolder(StatsJournal journal) {
        this.journal = journal;
    }

    @Scheduled(every = "${motcua.sla.stats-fold-interval:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        fold();
    }

    /** Folds until the journal is (nearly) empty; returns the rows moved. */
    public long fold() {
        long total = 0;
        for (int i = 0; i < MAX_CHUNKS_PER_RUN; i++) {
            int moved = QuarkusTransaction.requiringNew().call(() -> journal.fold(CHUNK));
            total += moved;
            if (moved < CHUNK) {
                break;
            }
        }
        return total;
    }
}
