package vn.motcua.support.messaging;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.support.api.ProblemException;
import vn.motcua.support.security.Roles;

/**
 * Lists and replays this service's dead letters of a topic it consumes (deploy/local/replay-dead-letters.sh calls
 * it on every service). Replaying is idempotent: an event already handled is skipped.
 */
@Tag(name = "Operations", description = "Operations tools: dead letters, the test clock")
@Path("/api/v1/admin/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
public class DeadLetterResource {
    private final DeadLetterReplay replay;

    public DeadLetterResource(DeadLetterReplay replay) {
        this.replay = replay;
    }

    @Operation(operationId = "listDeadLetters", summary = "List this service's dead letters of a topic")
    @GET
    public List<DeadLetterReplay.DeadLetter> list(@QueryParam("topic") String topic,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw ProblemException.badRequest("limit", "must be between 1 and 1000");
        }
        return replay.list(requireTopic(topic), limit);
    }

    @Operation(operationId = "replayDeadLetters", summary = "Replay this service's dead letters of a topic (all, or one event)")
    @POST
    @Path("/replay")
    public DeadLetterReplay.Report replay(@QueryParam("topic") String topic, @QueryParam("eventId") String eventId) {
        try {
            return replay.replay(requireTopic(topic), parseId(eventId));
        } catch (InfrastructureFailure e) {
            throw new ProblemException(503, "Unavailable", "the database or the broker failed; try again: "
                    + e.getMessage(), null, null);
        }
    }

    private static String requireTopic(String topic) {
        if (topic == null || topic.isBlank()) {
            throw ProblemException.badRequest("topic", "name the topic whose dead letters to read, e.g. dossier.lifecycle.v1");
        }
        return topic;
    }

    private static Optional<UUID> parseId(String eventId) {
        if (eventId == null || eventId.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(eventId));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("eventId", "must be an event id (a UUID)");
        }
    }
}
