package vn.motcua.sla.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.sla.application.Accountability;
import vn.motcua.sla.application.AgencyScope;
import vn.motcua.sla.application.StatsService;
import vn.motcua.sla.domain.GroupBy;
import vn.motcua.sla.domain.LatenessBy;
import vn.motcua.sla.domain.StatsFilter;
import vn.motcua.support.api.ProblemException;
import vn.motcua.support.security.Caller;
import vn.motcua.support.security.Roles;
import vn.motcua.support.time.VnTime;

/** On-time statistics for a period, filtered and grouped as provinces report them (docs/domain.md § Statistics). */
@Tag(name = "Statistics", description = "On-time statistics for a period, as provinces report them")
@Path("/api/v1/stats")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {
    private final StatsService statistics;
    private final Accountability accountability;
    private final AgencyScope scope;
    private final Caller caller;
    private final Clock clock;

    public StatsResource(StatsService statistics, Accountability accountability, AgencyScope scope, Caller caller,
            Clock clock) {
        this.statistics = statistics;
        this.accountability = accountability;
        this.scope = scope;
        this.caller = caller;
        this.clock = clock;
    }

    @Operation(operationId = "getStats", summary = "On-time statistics, filtered and grouped",
            description = "groupBy agency, level, field, procedure, channel, month, quarter or year answers rows of the"
                    + " report columns (StatsResponse). groupBy unit, step or officer answers accountability for late"
                    + " dossiers (LatenessResponse): each dossier resolved late in the period is blamed on exactly one"
                    + " step, the one that overran its own deadline most (a tie to the earliest), with its unit and"
                    + " officer; late dossiers no step overran form the 'unattributed' row; rows plus unattributed add"
                    + " up to the late total of the same filter. Each row splits by whether the unit is inside the"
                    + " deciding agency or a partner agency (liên thông), and by the cause recorded on the step"
                    + " (subjective, objective, not recorded).")
    @APIResponse(responseCode = "200", description = "Statistics rows, or accountability rows for unit/step/officer",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(oneOf = {StatsResponse.class, LatenessResponse.class})))
    @GET
    @Transactional
    @RolesAllowed({Roles.LEADER, Roles.OPERATOR, Roles.ADMIN})
    public Object stats(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("agency") String agency, @QueryParam("subunits") @DefaultValue("true") boolean subunits,
            @QueryParam("level") String level, @QueryParam("field") String field,
            @QueryParam("procedure") String procedure, @QueryParam("channel") String channel,
            @QueryParam("groupBy") @DefaultValue("agency") String groupBy) {
        Instant now = clock.instant();
        LocalDate today = VnTime.dateOf(now);
        LocalDate start = StatsParams.date("from", from, today.withDayOfYear(1));
        LocalDate end = StatsParams.date("to", to, today);
        statistics.checkPeriod(start, end);
        Optional<LatenessBy> blame = LatenessBy.parse(groupBy);
        GroupBy grouping = blame.isPresent() ? GroupBy.AGENCY : GroupBy.parse(groupBy).orElseThrow(() ->
                ProblemException.badRequest("groupBy", "one of agency, level, field, procedure, channel, month,"
                        + " quarter, year, unit, step, officer"));
        StatsFilter filter = StatsService.filter(scope.resolve(caller, agency), subunits, StatsParams.level(level),
                blankToNull(field), blankToNull(procedure), StatsParams.channel(channel), grouping, now);
        if (blame.isPresent()) {
            return LatenessResponse.of(accountability.lateness(filter, start, end, blame.get()));
        }
        return StatsResponse.of(statistics.stats(filter, start, end));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
