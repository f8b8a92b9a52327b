package vn.motcua.sla.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.sla.application.DeadlineLookup;
import vn.motcua.sla.domain.TrackedDossier;
import vn.motcua.support.security.Caller;
import vn.motcua.support.security.Roles;
import vn.motcua.support.time.VnTime;

/** One dossier's deadline: appointments, pauses, episodes, holder, processing end and outcome. */
@Tag(name = "Deadlines", description = "A dossier's appointments, pauses, episodes and outcome")
@Path("/api/v1/deadlines")
@Produces(MediaType.APPLICATION_JSON)
public class DeadlineResource {
    private final DeadlineLookup deadlines;
    private final Caller caller;

    public DeadlineResource(DeadlineLookup deadlines, Caller caller) {
        this.deadlines = deadlines;
        this.caller = caller;
    }

    @Operation(operationId = "getDeadline", summary = "Show a dossier's deadline")
    @GET
    @Path("/{code}")
    @Transactional
    @RolesAllowed({Roles.CLERK, Roles.OFFICER, Roles.LEADER, Roles.OPERATOR, Roles.ADMIN})
    public DeadlineView get(@PathParam("code") String code) {
        return view(deadlines.find(code, caller));
    }

    private static DeadlineView view(DeadlineLookup.Deadline deadline) {
        TrackedDossier d = deadline.dossier();
        return new DeadlineView(d.code, d.procedureCode, d.procedureName, d.decidingAgencyCode, d.receivingAgencyCode,
                d.channel.name(), new DeadlineView.Status(d.status.name(), d.status.code(), d.status.label()),
                VnTime.of(d.receivedAt),
                d.processingAmount == null ? null : new DeadlineView.ProcessingTimeView(d.processingAmount, d.processingUnit),
                d.supplementPolicy.name(), VnTime.of(d.originalDueAt), VnTime.of(d.scoringDueAt),
                VnTime.of(d.currentDueAt), d.episode, d.rescheduledAt != null, VnTime.of(deadline.apologyDeadline()),
                d.apology.name(), d.isPaused(),
                deadline.pauses().stream().map(p -> new DeadlineView.PauseView(p.kind.name(), VnTime.of(p.startedAt),
                        VnTime.of(p.endedAt), p.workingSeconds)).toList(),
                d.pausedSeconds, Duration.ofSeconds(d.pausedSeconds).toString(),
                deadline.episodes().stream().map(e -> new DeadlineView.EpisodeView(e.episode, VnTime.of(e.dueAt),
                        VnTime.of(e.openedAt), VnTime.of(e.approachingAt), VnTime.of(e.missedAt))).toList(),
                new DeadlineView.Holder(d.holdingUnitCode, d.holdingOfficer, d.stepName, VnTime.of(d.stepDueAt)),
                deadline.steps().stream().map(s -> new DeadlineView.StepView(s.seq, s.stepName, s.unitCode, s.officer,
                        VnTime.of(s.assignedAt), VnTime.of(s.dueAt))).toList(),
                VnTime.of(d.endedAt), d.outcome == null ? null : d.outcome.name(), VnTime.of(d.nextCheckAt),
                VnTime.of(d.migratedAt));
    }
}
