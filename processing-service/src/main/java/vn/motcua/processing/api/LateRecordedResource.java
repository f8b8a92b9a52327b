package vn.motcua.processing.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import vn.motcua.processing.application.LateRecordings;
import vn.motcua.processing.domain.LateRecordedLine;
import vn.motcua.support.api.ProblemException;
import vn.motcua.support.security.Roles;
import vn.motcua.support.time.VnTime;

/**
 * Actions recorded more than the backdating window after they happened, for operators, admins and the leaders of the
 * agency (their agency and its sub-units): dossier code, action, both times, who recorded it, working days late.
 */
@Path("/api/v1/admin/late-recorded")
@Tag(name = "Operations", description = "What operators watch: actions recorded late")
@RolesAllowed({Roles.OPERATOR, Roles.LEADER, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class LateRecordedResource {
    private final LateRecordings recordings;
    private final Clock clock;

    public LateRecordedResource(LateRecordings recordings, Clock clock) {
        this.recordings = recordings;
        this.clock = clock;
    }

    /** Recorded on the days {@code from}..{@code to} (YYYY-MM-DD, Vietnam time; default the last 30 days). */
    @GET
    @Operation(operationId = "listLateRecordedActions",
            summary = "List the actions recorded more than the backdating window after they happened")
    public LatePage list(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("agency") String agency, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        LocalDate today = VnTime.dateOf(clock.instant());
        LocalDate end = date("to", to, today);
        LocalDate start = date("from", from, end.minusDays(30));
        if (start.isAfter(end)) {
            throw ProblemException.badRequest("from", "must not be after to (" + end + ")");
        }
        if (page < 0) {
            throw ProblemException.badRequest("page", "must be 0 or more");
        }
        if (size < 1 || size > 100) {
            throw ProblemException.badRequest("size", "must be between 1 and 100");
        }
        String filter = agency == null || agency.isBlank() ? null : agency.trim();
        LateRecordings.Page found = recordings.list(start, end, filter, page, size);
        return new LatePage(page, size, found.total(), found.window(),
                found.items().stream().map(LateLine::of).toList());
    }

    private static LocalDate date(String name, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name, "a date as YYYY-MM-DD");
        }
    }

    /** {@code windowWorkingDays}: the rule the listed lines exceeded. */
    public record LatePage(int page, int size, long total, int windowWorkingDays, List<LateLine> items) {
    }

    public record LateLine(String dossierCode, String action, OffsetDateTime occurredAt, OffsetDateTime recordedAt,
            String recordedBy, int workingDaysLate) {
        static LateLine of(LateRecordedLine l) {
            return new LateLine(l.dossierCode(), l.action(), VnTime.of(l.occurredAt()), VnTime.of(l.recordedAt()),
                    l.recordedBy(), l.workingDaysLate());
        }
    }
}
