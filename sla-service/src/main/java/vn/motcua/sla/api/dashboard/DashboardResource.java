package vn.motcua.sla.api.dashboard;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.motcua.sla.config.SlaConfig;
import vn.motcua.support.api.ProblemException;

/**
 * The operators' dashboard (server-rendered Qute, SVG charts, complete without JavaScript; a small script polls
 * {@code /dashboard/version} and swaps in {@code /dashboard/fragment}). Outside the /api permission: the token comes
 * from the HttpOnly cookie set by a POST to {@code /dashboard/sign-in} (never from the URL, where it would stay in the
 * browser's history and the proxies' logs), roles and agency subtree are checked here; every POST must come from the
 * dashboard's own pages ({@link SameOriginCheck}).
 */
@Path("/dashboard")
@SameOrigin
public class DashboardResource {
    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");
    private static final String TOKEN_IN_URL = "Không đăng nhập bằng mã trong địa chỉ trang (địa chỉ được lưu trong "
            + "lịch sử trình duyệt và nhật ký máy chủ): hãy dán mã vào ô dưới đây.";

    private final DashboardPage page;
    private final DashboardSession session;
    private final Template full;
    private final Template fragment;
    private final Template signIn;
    private final Template message;
    private final String processingUrl;

    public DashboardResource(DashboardPage page, DashboardSession session,
            @Location("dashboard/page.html") Template full, @Location("dashboard/main.html") Template fragment,
            @Location("dashboard/sign-in.html") Template signIn, @Location("dashboard/message.html") Template message,
            SlaConfig config) {
        this.page = page;
        this.session = session;
        this.full = full;
        this.fragment = fragment;
        this.signIn = signIn;
        this.message = message;
        this.processingUrl = config.processingUrl().replaceAll("/+$", "");
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response dashboard(@Context HttpHeaders headers, @Context UriInfo uri) {
        return render(session.token(headers), uri, full);
    }

    /** The page's main region only, for the script's refresh and filter changes. */
    @GET
    @Path("fragment")
    @Produces(MediaType.TEXT_HTML)
    public Response fragment(@Context HttpHeaders headers, @Context UriInfo uri) {
        return render(session.token(headers), uri, fragment);
    }

    /** A fingerprint of the data: the script reloads the figures when it changes. */
    @GET
    @Path("version")
    @Produces(MediaType.APPLICATION_JSON)
    public Response version(@Context HttpHeaders headers) {
        if (session.verify(session.token(headers)).filter(DashboardSession::mayView).isEmpty()) {
            return Response.status(401).entity(Map.of("error", "sign in at /dashboard/sign-in")).build();
        }
        return Response.ok(Map.of("version", page.version())).header("Cache-Control", "no-store").build();
    }

    /** The shown table as CSV ({@code table=agency|field|level|month|overdue}), same filters as the page. */
    @GET
    @Path("export.csv")
    @Produces("text/csv")
    public Response export(@Context HttpHeaders headers, @QueryParam("table") String table,
            @Context UriInfo uri) {
        return guarded(session.token(headers), jwt -> {
            DashboardPage.Data data = page.data(jwt, DashboardFilters.parse(uri.getQueryParameters(), page.today()));
            String name = "thong-ke-" + (table == null || table.isBlank() ? "agency" : table.trim()).replaceAll("[^a-z]", "")
                    + "-" + data.filters().start() + "-" + data.filters().end() + ".csv";
            return Response.ok(DashboardCsv.of(table, data), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
        });
    }

    /**
     * The sign-in form. A {@code ?token=} (the old sign-in link) is ignored, never kept: the page says to paste it.
     */
    @GET
    @Path("sign-in")
    @Produces(MediaType.TEXT_HTML)
    public Response signIn(@Context UriInfo uri) {
        boolean tokenInUrl = uri.getQueryParameters().containsKey("token");
        return html(200, signIn.data("error", tokenInUrl ? TOKEN_IN_URL : null));
    }

    /** The form's token (application/x-www-form-urlencoded): verify, keep it in the cookie, go to the page. */
    @POST
    @Path("sign-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response signInForm(@FormParam("token") String token) {
        return acceptToken(token);
    }

    @POST
    @Path("sign-out")
    public Response signOut() {
        return Response.seeOther(URI.create("/dashboard/sign-in")).cookie(session.cleared()).build();
    }

    private Response acceptToken(String token) {
        Optional<JsonWebToken> jwt = session.verify(token);
        if (jwt.isEmpty()) {
            return html(401, signIn.data("error", "Mã đăng nhập (token) không hợp lệ hoặc đã hết hạn."));
        }
        return Response.seeOther(URI.create("/dashboard")).cookie(session.cookie(jwt.get())).build();
    }

    private Response render(String token, UriInfo uri, Template template) {
        return guarded(token, jwt -> {
            long start = System.nanoTime();
            DashboardPage.Data data = page.data(jwt, DashboardFilters.parse(uri.getQueryParameters(), page.today()));
            long queried = System.nanoTime();
            DashboardView view = page.view(jwt, data, processingUrl);
            String body = template.data("view", view).render();
            long done = System.nanoTime();
            return Response.ok(body, HTML).header("Cache-Control", "no-store")
                    .header("Server-Timing", serverTiming(data, queried - start, done - start)).build();
        });
    }

    /** Where the time went: each query (they run concurrently), all data, the whole render. */
    private static String serverTiming(DashboardPage.Data data, long dataNanos, long totalNanos) {
        StringBuilder timing = new StringBuilder();
        data.timings().forEach((name, ms) -> timing.append(name).append(";dur=").append(ms).append(", "));
        return timing.append("db;dur=").append(dataNanos / 1_000_000).append(", total;dur=")
                .append(totalNanos / 1_000_000).toString();
    }

    /** 401 sign-in page without a valid token, 403 for other roles or agencies, 400 for bad filters. */
    private Response guarded(String token, Function<JsonWebToken, Response> action) {
        Optional<JsonWebToken> jwt = session.verify(token);
        if (jwt.isEmpty()) {
            return html(401, signIn.data("error", token == null ? null
                    : "Phiên đăng nhập đã hết hạn hoặc không hợp lệ, vui lòng đăng nhập lại."));
        }
        if (!DashboardSession.mayView(jwt.get())) {
            return html(403, message.data("title", "Không có quyền truy cập").data("detail",
                    "Bảng điều hành dành cho cán bộ điều hành (operator), lãnh đạo (leader) và quản trị (admin)."));
        }
        try {
            return action.apply(jwt.get());
        } catch (ProblemException e) {
            String title = e.status() == 403 ? "Không có quyền xem đơn vị này" : "Bộ lọc không hợp lệ";
            return html(e.status(), message.data("title", title).data("detail", e.getMessage()));
        }
    }

    private static Response html(int status, TemplateInstance instance) {
        return Response.status(status).entity(instance.render()).type(HTML).header("Cache-Control", "no-store").build();
    }
}
