package vn.motcua.support.api;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The HTTP permission on {@code /api/*} rejects requests before JAX-RS sees them, so its 401 and
 * 403 would otherwise have no body: answer them as problem+json like every other error.
 */
@ApplicationScoped
public class AuthFailureProblems {
    /** After Quarkus's body and header handlers (Integer.MIN_VALUE + 1), before its security handlers. */
    private static final int ROUTE_ORDER_BEFORE_SECURITY = Integer.MIN_VALUE + 100;
    /** The operators' sign-in cookie (sla-service dashboard); services that accept it configure SmallRye JWT to read it. */
    public static final String SESSION_COOKIE = "motcua_token";

    void install(@Observes Router router) {
        // before the HTTP authentication handlers: a request without credentials is answered here
        router.route("/api/*").order(ROUTE_ORDER_BEFORE_SECURITY).handler(this::requireCredentials);
        router.route().order(-100).failureHandler(this::handle);
    }

    private void requireCredentials(RoutingContext context) {
        String authorization = context.request().getHeader("Authorization");
        boolean session = context.request().getCookie(SESSION_COOKIE) != null;
        if ((authorization == null || authorization.isBlank()) && !session) {
            context.response().putHeader("WWW-Authenticate", "Bearer");
            respond(context, Problem.of(401, "Unauthorized", "a valid bearer token is required", null));
        } else {
            context.next();
        }
    }

    private void handle(RoutingContext context) {
        Throwable failure = context.failure();
        if (context.response().ended()) {
            context.next();
            return;
        }
        if (failure instanceof UnauthorizedException || failure instanceof AuthenticationFailedException) {
            context.response().putHeader("WWW-Authenticate", "Bearer");
            respond(context, Problem.of(401, "Unauthorized", "a valid bearer token is required", null));
        } else if (failure instanceof ForbiddenException) {
            respond(context, Problem.of(403, "Forbidden", "your role does not allow this action", null));
        } else {
            context.next();
        }
    }

    private static void respond(RoutingContext context, Problem problem) {
        context.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(Json.encode(problem));
    }
}
