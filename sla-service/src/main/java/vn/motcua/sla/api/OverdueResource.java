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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.sla.application.AgencyScope;
import vn.motcua.sla.application.OverdueList;
import vn.motcua.sla.application.StatsService;
import vn.motcua.sla.domain.GroupBy;
import vn.motcua.support.api.ProblemException;
import vn.motcua.support.security.Caller;
import vn.motcua.support.security.Roles;

/** Open dossiers past their current appointment, oldest first, with who holds them (attribution of lateness). */
@Tag(name = "Overdue", description = "Open dossiers past their appointment, with who holds them")
@Path("/api/v1/overdue")
@Produces(MediaType.APPLICATION_JSON)
public class OverdueResource {
    private static final int MAX_SIZE = 200;

    private final OverdueList overdue;
    private final AgencyScope scope;
    private final Caller caller;
    private final Clock clock;

    public OverdueResource(OverdueList overdue, AgencyScope scope, Caller caller, Clock clock) {
        this.overdue = overdue;
        this.scope = scope;
        this.caller = caller;
        this.clock = clock;
    }

    @Operation(operationId = "listOverdue", summary = "List overdue dossiers, oldest first")
    @GET
    @Transactional
    @RolesAllowed({Roles.OFFICER, Roles.LEADER, Roles.OPERATOR, Roles.ADMIN})
    public OverdueView list(@QueryParam("agency") String agency, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        if (page < 0) {
            throw ProblemException.badRequest("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ProblemException.badRequest("size", "must be between 1 and " + MAX_SIZE);
        }
        Instant now = clock.instant();
        return OverdueView.of(overdue.page(StatsService.filter(scope.resolve(caller, agency), true, null, null, null,
                null, GroupBy.AGENCY, now), now, page, size));
    }
}
