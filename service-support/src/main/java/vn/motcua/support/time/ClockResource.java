package vn.motcua.support.time;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.support.api.ProblemException;
import vn.motcua.support.security.Roles;

/**
 * Moves this service's clock, for end-to-end tests and demos of deadlines that would otherwise
 * take days. Refused (404) unless {@code motcua.clock.adjustable=true}; never enable it in production.
 */
@Tag(name = "Operations", description = "Operations tools: dead letters, the test clock")
@Path("/api/v1/admin/clock")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ClockResource {
    private final AdjustableClock clock;
    private final boolean adjustable;

    public ClockResource(AdjustableClock clock,
            @ConfigProperty(name = "motcua.clock.adjustable", defaultValue = "false") boolean adjustable) {
        this.clock = clock;
        this.adjustable = adjustable;
    }

    /** Body of a clock change: either an ISO-8601 duration to add or an instant to jump to. */
    public record ClockChange(Duration advanceBy, OffsetDateTime setTo, Boolean reset) {
    }

    public record ClockView(OffsetDateTime now) {
    }

    @Operation(operationId = "getClock", summary = "Show the business clock (test environments only)")
    @GET
    public ClockView now() {
        requireAdjustable();
        return new ClockView(VnTime.of(clock.instant()));
    }

    @Operation(operationId = "setClock", summary = "Move or reset the business clock (test environments only)")
    @POST
    public ClockView change(ClockChange change) {
        requireAdjustable();
        if (change == null) {
            throw ProblemException.badRequest("body", "give advanceBy, setTo or reset");
        }
        if (Boolean.TRUE.equals(change.reset())) {
            clock.reset();
        } else if (change.setTo() != null) {
            clock.setTo(change.setTo().toInstant());
        } else if (change.advanceBy() != null) {
            clock.advance(change.advanceBy());
        } else {
            throw ProblemException.badRequest("body", "give advanceBy, setTo or reset");
        }
        return new ClockView(VnTime.of(clock.instant()));
    }

    private void requireAdjustable() {
        if (!adjustable) {
            throw ProblemException.notFound("clock control (motcua.clock.adjustable is false)");
        }
    }
}
