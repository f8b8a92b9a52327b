package vn.motcua.sla.api.dashboard;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.motcua.support.security.Roles;

/**
 * The dashboard's sign-in: a browser cannot send a bearer header on a plain link, so the token (verified like any
 * /api token: signature, issuer, expiry), posted once by the sign-in form, is kept in an HttpOnly, SameSite=Strict
 * cookie and parsed per request. The cookie is deliberately not a Quarkus credential: an expired cookie must lead to
 * the sign-in page, not a 401 problem, and /api keeps accepting only the Authorization header. processing-service
 * accepts it for its printable control sheet only (the dashboard's links).
 */
@ApplicationScoped
public class DashboardSession {
    /** The cookie where it is Secure: the prefix makes browsers insist on Secure, Path=/ and no Domain. */
    public static final String SECURE_COOKIE = "__Host-motcua_session";
    /** The cookie over plain http (local run, tests), where browsers refuse the {@code __Host-} prefix. */
    public static final String LOCAL_COOKIE = "motcua_session";
    static final Set<String> ROLES = Set.of(Roles.OPERATOR, Roles.LEADER, Roles.ADMIN);

    // token expiry is wall-clock time, whatever business time the (adjustable) service clock shows
    private static final Clock WALL_CLOCK = Clock.systemUTC();

    private final JWTParser parser;
    private final boolean secure;

    public DashboardSession(JWTParser parser, DashboardConfig config) {
        this.parser = parser;
        this.secure = config.cookieSecure();
    }

    public String cookieName() {
        return secure ? SECURE_COOKIE : LOCAL_COOKIE;
    }

    /** The token the browser sent in the cookie, or null. */
    public String token(HttpHeaders headers) {
        Cookie cookie = headers.getCookies().get(cookieName());
        return cookie == null ? null : cookie.getValue();
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

    /** HttpOnly, SameSite=Strict, path /, expiring with the token. */
    public NewCookie cookie(JsonWebToken jwt) {
        long seconds = Math.max(0, jwt.getExpirationTime() - WALL_CLOCK.instant().getEpochSecond());
        return cookie(jwt.getRawToken(), (int) Math.min(seconds, Integer.MAX_VALUE));
    }

    public NewCookie cleared() {
        return cookie("", 0);
    }

    private NewCookie cookie(String value, int maxAge) {
        // path "/" (required by __Host-) and same-site: the control-sheet links to processing-service (same site,
        // another port locally, the same host behind the ingress) carry it; processing accepts it on that page only
        return new NewCookie.Builder(cookieName()).value(value).path("/").httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.STRICT).maxAge(maxAge).build();
    }
}
