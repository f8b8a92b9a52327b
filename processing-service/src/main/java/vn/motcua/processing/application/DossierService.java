package vn.motcua.processing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import vn.motcua.processing.config.ProcessingConfig;
import vn.motcua.processing.domain.Audit;
import vn.motcua.processing.domain.BackdatingWindow;
import vn.motcua.processing.domain.Dossier;
import vn.motcua.processing.domain.DossierWorkflow;
import vn.motcua.processing.domain.Transition;
import vn.motcua.processing.persistence.DossierRepository;
import vn.motcua.processing.persistence.HandOverRepository;
import vn.motcua.support.api.ProblemException;
import vn.motcua.support.calendar.CalendarReplica;
import vn.motcua.support.security.Caller;
import vn.motcua.support.security.Roles;

/**
 * Runs an officer's action in one transaction: the dossier's new state, its history line, the control-sheet line
 * and the lifecycle event written to the outbox (for dossier.lifecycle.v1) commit together or not at all.
 */
@ApplicationScoped
public class DossierService {
    private final DossierRepository dossiers;
    private final HandOverRepository handOvers;
    private final TransitionRecorder recorder;
    private final DossierQueries queries;
    private final CalendarReplica calendars;
    private final Caller caller;
    private final Clock clock;
    private final BackdatingWindow window;

    public DossierService(DossierRepository dossiers, HandOverRepository handOvers, TransitionRecorder recorder,
            DossierQueries queries, CalendarReplica calendars, Caller caller, Clock clock, ProcessingConfig config) {
        this.dossiers = dossiers;
        this.handOvers = handOvers;
        this.recorder = recorder;
        this.queries = queries;
        this.calendars = calendars;
        this.caller = caller;
        this.clock = clock;
        this.window = new BackdatingWindow(config.backdating().windowWorkingDays());
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
        requireActsOn(d);
        // PostgreSQL keeps microseconds: the event's recordedat then equals the history line's recordedAt
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Audit audit = new Audit(caller.user(), request.occurredAt() == null ? now : request.occurredAt().toInstant(), now,
                request.occurredAtField(), caller.hasRole(Roles.LEADER));
        Transition t = DossierWorkflow.apply(d, handOvers.openOf(d.id), request.command(), audit,
                calendars.calendar(d.calendarId), window);
        recorder.record(d, t);
        return t;
    }

    /** 404 unless the caller's agency sees the dossier, 403 unless it covers the deciding agency. */
    public void requireActsOn(Dossier d) {
        // an agency that cannot see the dossier is told it does not exist; the receiving counter, which sees it, 403
        caller.requireSees("dossier " + d.code, d.receivingPath(), d.decidingPath());
        caller.requireCovers(d.decidingAgencyCode, d.decidingPath());
    }

    /** The user acting. */
    public String actor() {
        return caller.user();
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
}
