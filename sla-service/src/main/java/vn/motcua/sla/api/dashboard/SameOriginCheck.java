package vn.motcua.sla.api.dashboard;

import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.motcua.support.api.FieldError;
import vn.motcua.support.api.ProblemException;

/**
 * Refuses a state-changing request (anything but GET, HEAD, OPTIONS) unless its {@code Origin} header (or, without
 * one, its {@code Referer}) is the service's own origin, as the request names it (scheme, host, port), or one of
 * {@code motcua.dashboard.allowed-origins}: another site cannot post the dashboard's forms (sign-in, sign-out) in an
 * operator's browser. Browsers send Origin on every POST; a request with neither header is refused.
 */
@Provider
@SameOrigin
public class SameOriginCheck implements ContainerRequestFilter {
    static final String RULE = "must be this service's own origin (scheme, host and port) or one of "
            + "motcua.dashboard.allowed-origins";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    // providers are created at static init, before runtime configuration: read it at the first request
    private final Instance<DashboardConfig> config;
    private volatile Set<String> allowed;

    public SameOriginCheck(Instance<DashboardConfig> config) {
        this.config = config;
    }

    private Set<String> allowed() {
        if (allowed == null) {
            allowed = config.get().allowedOrigins().orElse(List.of()).stream().map(SameOriginCheck::origin)
                    .flatMap(Optional::stream).collect(Collectors.toUnmodifiableSet());
        }
        return allowed;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod())) {
            return;
        }
        String header = "Origin";
        String value = request.getHeaderString(header);
        if (value == null || value.isBlank()) {
            header = "Referer";
            value = request.getHeaderString(header);
        }
        if (value == null || value.isBlank()) {
            throw refused("Origin", "is required (or Referer) on a state-changing request, and " + RULE);
        }
        Optional<String> from = origin(value);
        Optional<String> own = origin(request.getUriInfo().getBaseUri().toString());
        if (from.isEmpty() || !(from.equals(own) || allowed().contains(from.get()))) {
            throw refused(header, RULE);
        }
    }

    /** {@code scheme://host[:port]} of a URL, lower case and without the scheme's default port; empty for "null". */
    static Optional<String> origin(String url) {
        try {
            URI uri = new URI(url.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return Optional.empty();
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80)
                    || ("https".equals(scheme) && port == 443);
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static ProblemException refused(String header, String rule) {
        return new ProblemException(403, "Forbidden", header + ": " + rule, List.of(new FieldError(header, rule)), null);
    }
}
