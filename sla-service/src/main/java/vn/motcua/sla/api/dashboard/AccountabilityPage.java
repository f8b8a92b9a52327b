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
import java.util.Locale;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.motcua.sla.application.Accountability;
import vn.motcua.sla.application.StatsService;
import vn.motcua.sla.domain.LatenessBy;
import vn.motcua.sla.domain.LatenessRow;
import vn.motcua.support.api.ProblemException;
import vn.motcua.support.time.VnFormat;

/**
 * The dashboard's "Trách nhiệm trễ hạn" table (issue 17): late dossiers by the unit, step or officer they are blamed on,
 * as {@code GET /api/v1/stats?groupBy=unit|step|officer} counts them, with the dashboard's filters; and its CSV.
 */
@Path("/dashboard/accountability")
@SameOrigin
public class AccountabilityPage {
    private static final String CSV_HEADER = "Mã,Tên,Số hồ sơ trễ hạn,Tại cơ quan giải quyết,Tại cơ quan phối hợp (liên thông),"
            + "Nguyên nhân chủ quan,Nguyên nhân khách quan,Chưa ghi nhận nguyên nhân";

    private final Accountability accountability;
    private final StatsService stats;
    private final DashboardGuard guard;
    private final Template page;

    public AccountabilityPage(Accountability accountability, StatsService stats, DashboardGuard guard,
            @Location("dashboard/accountability.html") Template page) {
        this.accountability = accountability;
        this.stats = stats;
        this.guard = guard;
        this.page = page;
    }

    /** One of the groupings: its parameter value, its name in lower case ("theo đơn vị"), whether it is shown. */
    @TemplateData
    public record Tab(String value, String label, boolean selected) {
    }

    /** What the page shows; the rows are the API's. */
    @TemplateData
    @TemplateData(target = LatenessRow.class)
    public record View(String from, String to, String heading, String headingLower, List<Tab> tabs,
            List<LatenessRow> rows, LatenessRow unattributed, LatenessRow total, String query, String groupBy) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@Context HttpHeaders headers, @Context UriInfo uri, @QueryParam("groupBy") String groupBy) {
        return guard.guarded(headers, jwt -> {
            LatenessBy by = by(groupBy);
            Accountability.Report report = report(jwt, uri, by);
            String query = guard.filters(uri).query();
            List<Tab> tabs = List.of(LatenessBy.values()).stream()
                    .map(b -> new Tab(name(b), lower(heading(b)), b == by)).toList();
            View view = new View(VnFormat.date(report.from()), VnFormat.date(report.to()), heading(by),
                    lower(heading(by)), tabs, report.rows(), report.unattributed(), report.total(), query, name(by));
            return DashboardGuard.page(page.data("view", view).render());
        });
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    public Response csv(@Context HttpHeaders headers, @Context UriInfo uri, @QueryParam("groupBy") String groupBy) {
        return guard.guarded(headers, jwt -> {
            LatenessBy by = by(groupBy);
            Accountability.Report report = report(jwt, uri, by);
            StringBuilder csv = new StringBuilder(DashboardCsv.BOM).append(CSV_HEADER).append("\r\n");
            for (LatenessRow r : report.rows()) {
                line(csv, r);
            }
            line(csv, report.unattributed());
            line(csv, report.total());
            String name = "trach-nhiem-tre-han-" + by.name().toLowerCase(Locale.ROOT) + "-" + report.from()
                    + "-" + report.to() + ".csv";
            return Response.ok(csv.toString(), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
        });
    }

    private static void line(StringBuilder csv, LatenessRow r) {
        csv.append(DashboardCsv.cells(r.key(), r.label(), r.late(), r.insideAgency(), r.partnerAgency(), r.subjective(),
                r.objective(), r.causeNotRecorded())).append("\r\n");
    }

    private Accountability.Report report(JsonWebToken jwt, UriInfo uri, LatenessBy by) {
        DashboardFilters f = guard.filters(uri);
        stats.checkPeriod(f.start(), f.end());
        return guard.inScope(jwt, f, filter -> accountability.lateness(filter, f.start(), f.end(), by));
    }

    private static LatenessBy by(String groupBy) {
        return groupBy == null || groupBy.isBlank() ? LatenessBy.UNIT : LatenessBy.parse(groupBy.trim())
                .orElseThrow(() -> ProblemException.badRequest("groupBy", "one of unit, step, officer"));
    }

    private static String name(LatenessBy by) {
        return by.name().toLowerCase(Locale.ROOT);
    }

    private static String lower(String text) {
        return text.toLowerCase(VnFormat.VI);
    }

    private static String heading(LatenessBy by) {
        return switch (by) {
            case UNIT -> "Đơn vị";
            case STEP -> "Bước xử lý";
            case OFFICER -> "Cán bộ";
        };
    }
}
