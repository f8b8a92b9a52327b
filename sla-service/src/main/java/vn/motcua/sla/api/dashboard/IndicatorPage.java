package vn.motcua.sla.api.dashboard;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.motcua.sla.application.Indicators;
import vn.motcua.sla.domain.GroupScore;
import vn.motcua.sla.domain.Scorecard;
import vn.motcua.sla.domain.ScorecardBy;
import vn.motcua.support.api.ProblemException;
import vn.motcua.support.time.VnFormat;

/**
 * The dashboard's "Chỉ số phục vụ (QĐ 766)": the scorecards of {@code GET /api/v1/indicators} month by month and by
 * agency, the agencies' ranking, and their CSV, with the dashboard's period and agency filters.
 */
@Path("/dashboard/indicators")
@SameOrigin
public class IndicatorPage {
    private final Indicators indicators;
    private final DashboardGuard guard;
    private final Template page;

    public IndicatorPage(Indicators indicators, DashboardGuard guard,
            @Location("dashboard/indicators.html") Template page) {
        this.indicators = indicators;
        this.guard = guard;
        this.page = page;
    }

    /** An agency's place in the ranking. */
    @TemplateData
    public record Ranked(int rank, String code, String label, String total, String averageRate, String completeGroups) {
    }

    /** One table of scorecards: by month or by agency, with its CSV's {@code groupBy}. */
    @TemplateData
    public record Section(String id, String heading, String caption, String groupBy, ScorecardTable table) {
    }

    @TemplateData
    public record View(String from, String to, String query, List<Section> sections, List<Ranked> ranking) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@Context HttpHeaders headers, @Context UriInfo uri) {
        return guard.guarded(headers, jwt -> {
            DashboardFilters f = guard.filters(uri);
            Indicators.Report byMonth = report(jwt, f, ScorecardBy.MONTH);
            Indicators.Report byAgency = report(jwt, f, ScorecardBy.AGENCY);
            List<Ranked> ranking = byAgency.scorecards().stream().map(IndicatorPage::ranked).toList();
            List<Section> sections = List.of(
                    new Section("months", "Theo tháng", "Chỉ số QĐ 766 từng tháng", "month",
                            ScorecardTable.of(byMonth.scorecards())),
                    new Section("agencies", "Theo đơn vị", "Chỉ số QĐ 766 từng đơn vị, theo thứ hạng", "agency",
                            ScorecardTable.of(byAgency.scorecards())));
            View view = new View(VnFormat.date(f.start()), VnFormat.date(f.end()), f.query(), sections, ranking);
            return DashboardGuard.page(page.data("view", view).render());
        });
    }

    /** The CSV of {@code /api/v1/indicators/export.csv} for the page's filters; {@code groupBy} month or agency. */
    @GET
    @Path("export.csv")
    @Produces("text/csv")
    public Response csv(@Context HttpHeaders headers, @Context UriInfo uri, @QueryParam("groupBy") String groupBy) {
        return guard.guarded(headers, jwt -> {
            ScorecardBy by = ScorecardBy.parse(groupBy)
                    .orElseThrow(() -> ProblemException.badRequest("groupBy", "month or agency"));
            return ScorecardCsv.response(report(jwt, guard.filters(uri), by));
        });
    }

    private Indicators.Report report(JsonWebToken jwt, DashboardFilters f, ScorecardBy by) {
        return guard.inScope(jwt, f, filter -> indicators.scorecards(filter, f.start(), f.end(), by));
    }

    private static Ranked ranked(Scorecard s) {
        String complete = s.groups().stream().filter(GroupScore::complete).map(GroupScore::name)
                .collect(Collectors.joining(", "));
        return new Ranked(s.rank(), s.key(), s.label(), VnFormat.decimal(s.total(), 2),
                s.averageRate() == null ? "—" : VnFormat.decimal(s.averageRate(), 2) + "%",
                complete.isEmpty() ? "chưa nhóm nào" : complete);
    }
}
