package vn.motcua.sla.api.dashboard;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** How the dashboard's sign-in cookie is set and which origins may post its forms ({@code motcua.dashboard.*}). */
@ConfigMapping(prefix = "motcua.dashboard")
public interface DashboardConfig {

    /**
     * Whether the cookie is {@code Secure} (and then named with the {@code __Host-} prefix); false only where the
     * pages are served over plain http (the local run, compose, tests), since browsers refuse such a cookie there.
     */
    @WithDefault("true")
    boolean cookieSecure();

    /**
     * Origins ({@code https://host[:port]}) whose pages may post the dashboard's forms besides the request's own,
     * e.g. the public address when a proxy terminates TLS and the service sees plain http.
     */
    Optional<List<String>> allowedOrigins();
}
