package vn.motcua.processing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.hibernate.StaleStateException;
import vn.motcua.processing.domain.Audit;
import vn.motcua.processing.domain.Dossier;
import vn.motcua.processing.domain.DossierWorkflow;
import vn.motcua.processing.domain.Transition;
import vn.motcua.processing.persistence.DossierRepository;
import vn.motcua.processing.persistence.HandOverRepository;
import vn.motcua.processing.persistence.HistoryRepository;
import vn.motcua.support.api.ProblemException;
import vn.motcua.support.messaging.Outbox;
import vn.motcua.support.messaging.TopicsConfig;
import vn.motcua.support.security.Caller;

/**
 * Runs an officer's action in one transaction: the dossier's new state, its history line, the control-sheet line
 * and the lifecycle event written to the outbox (for dossier.lifecycle.v1) commit together or not at all.
 */
@ApplicationScoped
public class DossierService {
    private final DossierRepository dossiers;
    private final HistoryRepository history;
    private final HandOverRepository handOvers;
    private final DossierQueries queries;
    private final Outbox outbox;
    private final TopicsConfig topics;
    private final Caller caller;
    private final Clock clock;

    public DossierService(DossierRepository dossiers, HistoryRepository history, HandOverRepository handOvers,
            DossierQueries queries, Outbox outbox, TopicsConfig topics, Caller caller, Clock clock) {
        this.dossiers = dossiers;
        this.history = history;
        this.handOvers = handOvers;
        this.queries = queries;
        this.outbox = outbox;
        this.topics = topics;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public ActionResult act(String code, ActionRequest request) {
        Dossier d = dossiers.findByCode(code).orElseThrow(() -> ProblemException.notFound("dossier " + code));
        Transition t = apply(d, request);
        return new ActionResult(queries.details(d), t.warnings());
    }

    /** The dossier by code, for a batch that reports an unknown one itself. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Dossier> lookup(String code) {
        return dossiers.findByCode(code);
    }

    /** Runs the action in the caller's transaction, if the caller's agency covers the deciding agency. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Transition apply(Dossier d, ActionRequest request) {
        caller.requireCovers(d.decidingAgencyCode, d.decidingPath());
        Instant now = clock.instant();
        Audit audit = new Audit(caller.user(), request.occurredAt() == null ? now : request.occurredAt().toInstant(), now,
                request.occurredAtField());
        Transition t = DossierWorkflow.apply(d, handOvers.openOf(d.id), request.command(), audit);
        // the versioned update goes first, so a concurrent winner makes us fail before we write anything else
        flushOrConflict(d);
        history.persist(t.history());
        if (t.opened() != null) {
            handOvers.persist(t.opened());
        }
        outbox.publish(topics.lifecycle().name(), d.code, t.event());
        return t;
    }

    /**
     * Writes what the transaction did so far and detaches every entity. A batch calls it after each action: every
     * flush dirty-checks all managed entities, so a context growing with a 1,000-action batch made it quadratic.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release() {
        dossiers.flush();
        dossiers.getEntityManager().clear();
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
