package vn.motcua.sla.api.dashboard;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.motcua.support.security.Roles;

/**
 * The dashboard's sign-in: a browser cannot send a bearer header on a plain link, so the token (verified like any
 * /api token: signature, issuer, expiry) is kept in an HttpOnly cookie scoped to /dashboard and parsed per request.
 * The cookie is deliberately not a Quarkus credential: an expired cookie must lead to the sign-in page, not a 401
 * problem, and /api keeps accepting only the Authorization header.
 */
@ApplicationScoped
public class DashboardSession {
    public static final String COOKIE = "motcua_token";
    static final Set<String> ROLES = Set.of(Roles.OPERATOR, Roles.LEADER, Roles.ADMIN);

    // token expiry is wall-clock time, whatever business time the (adjustable) service clock shows
    private static final Clock WALL_CLOCK = Clock.systemUTC();

    private final JWTParser parser;

    public DashboardSession(JWTParser parser) {
        this.parser = parser;
    }

    /** The verified token, or empty when it is missing, malformed, forged or expired. */
    public Optional<JsonWebToken> verify(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.parse(token.trim()));
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    public static boolean mayView(JsonWebToken jwt) {
        return jwt.getGroups() != null && jwt.getGroups().stream().anyMatch(ROLES::contains);
    }

    /** HttpOnly, SameSite=Lax, path /dashboard, expiring with the token. */
    public NewCookie cookie(JsonWebToken jwt) {
        long seconds = Math.max(0, jwt.getExpirationTime() - WALL_CLOCK.instant().getEpochSecond());
        return cookie(jwt.getRawToken(), (int) Math.min(seconds, Integer.MAX_VALUE));
    }

    public static NewCookie cleared() {
        return cookie("", 0);
    }

    private static NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(COOKIE).value(value).path("/").httpOnly(true)
                // path "/" and same-site: the control-sheet links to processing-service (another port, same site) carry it
                .sameSite(NewCookie.SameSite.STRICT).maxAge(maxAge).build();
    }
}
