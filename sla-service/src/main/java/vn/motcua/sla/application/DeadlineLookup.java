package vn.motcua.sla.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import vn.motcua.sla.domain.DeadlineEpisode;
import vn.motcua.sla.domain.PausedInterval;
import vn.motcua.sla.domain.ProcessingStep;
import vn.motcua.sla.domain.TrackedDossier;
import vn.motcua.sla.persistence.AgencyRepository;
import vn.motcua.sla.persistence.DeadlineEpisodeRepository;
import vn.motcua.sla.persistence.PausedIntervalRepository;
import vn.motcua.sla.persistence.ProcessingStepRepository;
import vn.motcua.sla.persistence.TrackedDossierRepository;
import vn.motcua.support.api.ProblemException;
import vn.motcua.support.security.Caller;

/** One dossier's deadline with its pauses, episodes and hand-overs, read for a caller who may see the dossier. */
@ApplicationScoped
public class DeadlineLookup {
    private final TrackedDossierRepository dossiers;
    private final DeadlineEpisodeRepository episodes;
    private final PausedIntervalRepository pauses;
    private final ProcessingStepRepository steps;
    private final AgencyRepository agencies;
    private final DeadlinePlanner planner;

    public DeadlineLookup(TrackedDossierRepository dossiers, DeadlineEpisodeRepository episodes,
            PausedIntervalRepository pauses, ProcessingStepRepository steps, AgencyRepository agencies,
            DeadlinePlanner planner) {
        this.dossiers = dossiers;
        this.episodes = episodes;
        this.pauses = pauses;
        this.steps = steps;
        this.agencies = agencies;
        this.planner = planner;
    }

    /**
     * The dossier's rows from one snapshot. 404 for an unknown dossier and, alike, when the caller covers neither its
     * receiving nor its deciding agency.
     */
    public Deadline find(String code, Caller caller) {
        TrackedDossier d = dossiers.findInSnapshot(code).orElseThrow(() -> ProblemException.notFound("dossier " + code));
        List<String> deciding = agencies.pathOf(d.decidingAgencyCode).orElse(List.of(d.decidingAgencyCode));
        List<String> receiving = agencies.pathOf(d.receivingAgencyCode).orElse(List.of(d.receivingAgencyCode));
        caller.requireSees("dossier " + code, receiving, deciding);
        return new Deadline(d, pauses.of(d.code), episodes.of(d.code), steps.of(d.code), planner.apologyDeadline(d));
    }

    /**
     * Pauses by start, episodes by number, steps by sequence; {@code apologyDeadline} the last moment an apology is in
     * time for the current appointment (null in episode 2).
     */
    public record Deadline(TrackedDossier dossier, List<PausedInterval> pauses, List<DeadlineEpisode> episodes,
            List<ProcessingStep> steps, Instant apologyDeadline) {
    }
}
