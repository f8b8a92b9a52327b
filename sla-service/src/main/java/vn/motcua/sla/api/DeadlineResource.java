package vn.motcua.sla.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.List;
import vn.motcua.sla.domain.TrackedDossier;
import vn.motcua.sla.persistence.AgencyRepository;
import vn.motcua.sla.persistence.DeadlineEpisodeRepository;
import vn.motcua.sla.persistence.PausedIntervalRepository;
import vn.motcua.sla.persistence.ProcessingStepRepository;
import vn.motcua.sla.persistence.TrackedDossierRepository;
import vn.motcua.support.api.ProblemException;
import vn.motcua.support.security.Caller;
import vn.motcua.support.security.Roles;
import vn.motcua.support.time.VnTime;

/** One dossier's deadline: appointments, pauses, episodes, holder, processing end and outcome. */
@Path("/api/v1/deadlines")
@Produces(MediaType.APPLICATION_JSON)
public class DeadlineResource {
    private final TrackedDossierRepository dossiers;
    private final DeadlineEpisodeRepository episodes;
    private final PausedIntervalRepository pauses;
    private final ProcessingStepRepository steps;
    private final AgencyRepository agencies;
    private final Caller caller;

    public DeadlineResource(TrackedDossierRepository dossiers, DeadlineEpisodeRepository episodes,
            PausedIntervalRepository pauses, ProcessingStepRepository steps, AgencyRepository agencies, Caller caller) {
        this.dossiers = dossiers;
        this.episodes = episodes;
        this.pauses = pauses;
        this.steps = steps;
        this.agencies = agencies;
        this.caller = caller;
    }

    @GET
    @Path("/{code}")
    @Transactional
    @RolesAllowed({Roles.CLERK, Roles.OFFICER, Roles.LEADER, Roles.OPERATOR, Roles.ADMIN})
    public DeadlineView get(@PathParam("code") String code) {
        TrackedDossier d = dossiers.findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("dossier " + code));
        List<String> deciding = agencies.pathOf(d.decidingAgencyCode).orElse(List.of(d.decidingAgencyCode));
        List<String> receiving = agencies.pathOf(d.receivingAgencyCode).orElse(List.of(d.receivingAgencyCode));
        if (!caller.covers(receiving)) {
            caller.requireCovers(d.decidingAgencyCode, deciding);
        }
        return view(d);
    }

    private DeadlineView view(TrackedDossier d) {
        return new DeadlineView(d.code, d.procedureCode, d.procedureName, d.decidingAgencyCode, d.receivingAgencyCode,
                d.channel.name(), new DeadlineView.Status(d.status.name(), d.status.code(), d.status.label()),
                VnTime.of(d.receivedAt),
                d.processingAmount == null ? null : new DeadlineView.ProcessingTimeView(d.processingAmount, d.processingUnit),
                d.supplementPolicy.name(), VnTime.of(d.originalDueAt), VnTime.of(d.scoringDueAt),
                VnTime.of(d.currentDueAt), d.episode, d.rescheduledAt != null, d.isPaused(),
                pauses.of(d.code).stream().map(p -> new DeadlineView.PauseView(p.kind.name(), VnTime.of(p.startedAt),
                        VnTime.of(p.endedAt), p.workingSeconds)).toList(),
                d.pausedSeconds, Duration.ofSeconds(d.pausedSeconds).toString(),
                episodes.of(d.code).stream().map(e -> new DeadlineView.EpisodeView(e.episode, VnTime.of(e.dueAt),
                        VnTime.of(e.openedAt), VnTime.of(e.approachingAt), VnTime.of(e.missedAt))).toList(),
                new DeadlineView.Holder(d.holdingUnitCode, d.holdingOfficer, d.stepName, VnTime.of(d.stepDueAt)),
                steps.of(d.code).stream().map(s -> new DeadlineView.StepView(s.seq, s.stepName, s.unitCode, s.officer,
                        VnTime.of(s.assignedAt), VnTime.of(s.dueAt))).toList(),
                VnTime.of(d.endedAt), d.outcome == null ? null : d.outcome.name(), VnTime.of(d.nextCheckAt),
                VnTime.of(d.migratedAt));
    }
}
