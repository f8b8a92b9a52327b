package vn.motcua.processing.api;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The operators' dashboard (sla-service, same site) links to the printable control sheet; a link cannot carry a bearer
 * header, so its sign-in cookie opens that page, and nothing else: on a GET of {@code /api/v1/dossiers/{code}} asking
 * for text/html without an Authorization header, the cookie's token becomes the bearer token (verified as any) and the
 * request asks for the HTML page only, so the cookie never reads the JSON. Every other /api request, and every POST,
 * needs the Authorization header: a cookie a browser sends by itself must not act on the API.
 */
@ApplicationScoped
public class ControlSheetCookie {
    /** The dashboard's cookie where it is Secure, and its plain name over http (local run, tests). */
    static final List<String> COOKIES = List.of("__Host-motcua_session", "motcua_session");
    /**
     * Before service-support's AuthFailureProblems (Integer.MIN_VALUE + 100), which turns away an /api request
     * without an Authorization header, and so before the authentication handlers.
     */
    private static final int ROUTE_ORDER = Integer.MIN_VALUE + 50;

    void install(@Observes Router router) {
        router.get("/api/v1/dossiers/:code").order(ROUTE_ORDER).handler(this::sheetFromCookie);
    }

    private void sheetFromCookie(RoutingContext context) {
        HttpServerRequest request = context.request();
        String authorization = request.getHeader("Authorization");
        if ((authorization == null || authorization.isBlank()) && asksForHtml(request.getHeader("Accept"))) {
            token(request).ifPresent(token -> {
                request.headers().set("Authorization", "Bearer " + token);
                request.headers().set("Accept", "text/html");
            });
        }
        context.next();
    }

    private static Optional<String> token(HttpServerRequest request) {
        return COOKIES.stream().map(request::getCookie).filter(c -> c != null && !c.getValue().isBlank())
                .map(Cookie::getValue).findFirst();
    }

    /** Whether the Accept header names text/html (with q above 0), as a browser's navigation does. */
    static boolean asksForHtml(String accept) {
        if (accept == null) {
            return false;
        }
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            if ("text/html".equals(parts[0].trim().toLowerCase(Locale.ROOT)) && quality(parts) > 0) {
                return true;
            }
        }
        return false;
    }

    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2).trim());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
