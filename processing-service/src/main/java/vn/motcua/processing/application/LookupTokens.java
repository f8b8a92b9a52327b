package vn.motcua.processing.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.motcua.processing.config.ProcessingConfig;

/**
 * Short-lived opaque tokens naming a successful lookup (code and phone ending), so the page can
 * redirect to a bookmarkable result URL without putting the phone digits in URLs, histories or
 * access logs. In memory, per instance, like {@link LookupLimiter}: several instances need sticky
 * sessions or a shared store.
 */
@ApplicationScoped
public class LookupTokens {
    private static final int PURGE_ABOVE = 10_000;

    /** What a token grants: the right to see this dossier until {@code expiresAt}. */
    public record Grant(String code, String phoneLast4, Instant expiresAt) {
    }

    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Duration ttl;
    private final Clock clock;

    public LookupTokens(ProcessingConfig config, Clock clock) {
        this.ttl = config.lookup().resultTtl();
        this.clock = clock;
    }

    public String issue(String code, String phoneLast4) {
        Instant now = clock.instant();
        if (grants.size() > PURGE_ABOVE) {
            grants.values().removeIf(g -> !g.expiresAt().isAfter(now));
        }
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        grants.put(token, new Grant(code, phoneLast4, now.plus(ttl)));
        return token;
    }

    /** Empty for an unknown or expired token. */
    public Optional<Grant> resolve(String token) {
        Grant grant = token == null ? null : grants.get(token);
        if (grant == null) {
            return Optional.empty();
        }
        if (!grant.expiresAt().isAfter(clock.instant())) {
            grants.remove(token, grant);
            return Optional.empty();
        }
        return Optional.of(grant);
    }
}
