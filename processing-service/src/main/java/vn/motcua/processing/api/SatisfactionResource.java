package vn.motcua.processing.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.processing.api.SatisfactionViews.CommentsPage;
import vn.motcua.processing.api.SatisfactionViews.FiguresView;
import vn.motcua.processing.application.SatisfactionFigures;
import vn.motcua.processing.domain.Satisfaction.GroupBy;
import vn.motcua.support.api.ProblemException;
import vn.motcua.support.security.Roles;
import vn.motcua.support.time.VnTime;

/**
 * The citizens' satisfaction with the service (Decision 766's "mức độ hài lòng"), for leaders, operators and admins of
 * the agency and its sub-units: figures per deciding agency or per officer, and the comments, personal data masked.
 */
@Path("/api/v1/satisfaction")
@Tag(name = "Satisfaction", description = "How citizens rated the service once their result was returned")
@RolesAllowed({Roles.OPERATOR, Roles.LEADER, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class SatisfactionResource {
    private final SatisfactionFigures figures;
    private final Clock clock;

    public SatisfactionResource(SatisfactionFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    /** Ratings given on the days {@code from}..{@code to} (YYYY-MM-DD, Vietnam time; default the last 30 days). */
    @GET
    @Operation(operationId = "getSatisfactionFigures",
            summary = "Count, mean per criterion and share satisfied (score 4 or 5), per agency or officer")
    public FiguresView figures(@QueryParam("agency") String agency, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("groupBy") @DefaultValue("agency") String groupBy) {
        Period period = period(from, to);
        GroupBy by = groupBy(groupBy);
        return FiguresView.of(period.from(), period.to(), by,
                figures.figures(period.from(), period.to(), blankToNull(agency), by));
    }

    @GET
    @Path("comments")
    @Operation(operationId = "listSatisfactionComments",
            summary = "List the citizens' comments, newest first, emails and phone or ID numbers masked")
    public CommentsPage comments(@QueryParam("agency") String agency, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        Period period = period(from, to);
        if (page < 0) {
            throw ProblemException.badRequest("page", "must be 0 or more");
        }
        if (size < 1 || size > 100) {
            throw ProblemException.badRequest("size", "must be between 1 and 100");
        }
        return CommentsPage.of(page, size, figures.comments(period.from(), period.to(), blankToNull(agency), page, size));
    }

    private record Period(LocalDate from, LocalDate to) {
    }

    private Period period(String from, String to) {
        LocalDate end = date("to", to, VnTime.dateOf(clock.instant()));
        LocalDate start = date("from", from, end.minusDays(30));
        if (start.isAfter(end)) {
            throw ProblemException.badRequest("from", "must not be after to (" + end + ")");
        }
        return new Period(start, end);
    }

    private static GroupBy groupBy(String value) {
        try {
            return GroupBy.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("groupBy", "must be agency or officer");
        }
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

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
