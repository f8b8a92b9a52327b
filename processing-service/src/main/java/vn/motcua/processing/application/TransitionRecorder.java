package vn.motcua.processing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.hibernate.StaleStateException;
import vn.motcua.processing.domain.Dossier;
import vn.motcua.processing.domain.Transition;
import vn.motcua.processing.persistence.DossierRepository;
import vn.motcua.processing.persistence.HandOverRepository;
import vn.motcua.processing.persistence.HistoryRepository;
import vn.motcua.support.api.ProblemException;
import vn.motcua.support.messaging.Outbox;
import vn.motcua.support.messaging.TopicsConfig;

/**
 * Writes what one accepted transition produced, an officer's or processing's own: the versioned dossier first, then
 * its history line, the control-sheet line and the lifecycle event in the outbox, all in the caller's transaction.
 */
@ApplicationScoped
public class TransitionRecorder {
    /** The CloudEvents extension attribute carrying when the action was recorded. */
    public static final String RECORDED_AT = "recordedat";

    private final DossierRepository dossiers;
    private final HistoryRepository history;
    private final HandOverRepository handOvers;
    private final Outbox outbox;
    private final TopicsConfig topics;

    public TransitionRecorder(DossierRepository dossiers, HistoryRepository history, HandOverRepository handOvers,
            Outbox outbox, TopicsConfig topics) {
        this.dossiers = dossiers;
        this.history = history;
        this.handOvers = handOvers;
        this.outbox = outbox;
        this.topics = topics;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Dossier d, Transition t) {
        // the versioned update goes first, so a concurrent winner makes us fail before we write anything else
        flushOrConflict(d);
        history.persist(t.history());
        if (t.opened() != null) {
            handOvers.persist(t.opened());
        }
        // the envelope's time is when it happened; recordedat when it was recorded (later for work recorded late)
        outbox.publish(topics.lifecycle().name(), d.code, t.event(), t.history().occurredAt,
                Map.of(RECORDED_AT, t.history().recordedAt.toString()));
    }

    private void flushOrConflict(Dossier d) {
        try {
            dossiers.flush();
        } catch (OptimisticLockException | StaleStateException e) {
            throw ProblemException.conflict("dossier " + d.code + " was changed by someone else at the same time;"
                    + " reload it and try again", Map.of("conflict", "CONCURRENT_MODIFICATION"));
        }
    }
}
