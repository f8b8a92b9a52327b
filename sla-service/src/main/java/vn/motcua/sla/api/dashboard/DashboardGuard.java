package vn.motcua.sla.api.dashboard;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.motcua.sla.application.AgencyScope;
import vn.motcua.sla.application.StatsService;
import vn.motcua.sla.domain.GroupBy;
import vn.motcua.sla.domain.StatsFilter;
import vn.motcua.support.api.ProblemException;
import vn.motcua.support.security.Caller;
import vn.motcua.support.time.VnTime;

/**
 * The rules of the dashboard's secondary pages: sign in first (303 to the form), operators, leaders and admins only
 * (403), a bad filter or an agency outside the caller's subtree as an HTML message with its status; and their reads
 * within the caller's scope.
 */
@ApplicationScoped
class DashboardGuard {
    static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    private final DashboardSession session;
    private final AgencyScope scope;
    private final Template message;
    private final Clock clock;

    DashboardGuard(DashboardSession session, AgencyScope scope, @Location("dashboard/message.html") Template message,
            Clock clock) {
        this.session = session;
        this.scope = scope;
        this.message = message;
        this.clock = clock;
    }

    Response guarded(HttpHeaders headers, Function<JsonWebToken, Response> action) {
        Optional<JsonWebToken> jwt = session.verify(session.token(headers));
        if (jwt.isEmpty()) {
            return Response.seeOther(URI.create("/dashboard/sign-in")).build();
        }
        if (!DashboardSession.mayView(jwt.get())) {
            return html(403, "Không có quyền truy cập",
                    "Bảng điều hành dành cho cán bộ điều hành (operator), lãnh đạo (leader) và quản trị (admin).");
        }
        try {
            return action.apply(jwt.get());
        } catch (ProblemException e) {
            return html(e.status(), e.status() == 403 ? "Không có quyền xem đơn vị này" : "Bộ lọc không hợp lệ",
                    e.getMessage());
        }
    }

    /** The page's filters from its URL, today being Vietnam's. */
    DashboardFilters filters(UriInfo uri) {
        return DashboardFilters.parse(uri.getQueryParameters(), VnTime.dateOf(clock.instant()));
    }

    /**
     * Reads {@code read} with the statistics filter of the page's filters, in a transaction of its own, for the agency
     * the caller may see (403 otherwise).
     */
    <T> T inScope(JsonWebToken jwt, DashboardFilters f, Function<StatsFilter, T> read) {
        return QuarkusTransaction.requiringNew().call(() -> {
            AgencyScope.Scoped scoped = scope.resolve(new Caller(jwt), f.agency());
            return read.apply(StatsService.filter(scoped, f.subunits(), f.level(), f.field(), null, f.channel(),
                    GroupBy.AGENCY, clock.instant()));
        });
    }

    /** A page of the dashboard, never cached (it holds figures of the caller's scope). */
    static Response page(String body) {
        return Response.ok(body, HTML).header("Cache-Control", "no-store").build();
    }

    private Response html(int status, String title, String detail) {
        return Response.status(status).entity(message.data("title", title).data("detail", detail).render()).type(HTML)
                .header("Cache-Control", "no-store").build();
    }
}
