package vn.motcua.processing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import vn.motcua.processing.config.ProcessingConfig;
import vn.motcua.processing.persistence.LookupStore;

/**
 * Short-lived opaque tokens naming a successful lookup (the code only: the token, 144 random bits, stands for the
 * checked PIN or phone ending, which are kept nowhere), so the page can redirect to a bookmarkable result URL without
 * putting the secret in URLs, histories or access logs. Kept in the
 * database: the result link works on whichever instance the balancer picks. Expired ones are purged with the
 * lookup attempts ({@link LookupLimiter}).
 */
@ApplicationScoped
public class LookupTokens {

    /** What a token grants: the right to see this dossier until {@code expiresAt}. */
    public record Grant(String code, Instant expiresAt) {
    }

    private final LookupStore store;
    private final SecureRandom random = new SecureRandom();
    private final Duration ttl;
    private final Clock clock;

    public LookupTokens(LookupStore store, ProcessingConfig config, Clock clock) {
        this.store = store;
        this.ttl = config.lookup().resultTtl();
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String issue(String code) {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        store.grant(token, code, clock.instant().plus(ttl));
        return token;
    }

    /** Empty for an unknown or expired token. */
    @Transactional
    public Optional<Grant> resolve(String token) {
        if (token == null) {
            return Optional.empty();
        }
        return store.findGrant(token, clock.instant())
                .map(row -> new Grant((String) row[0], (Instant) row[1]));
    }
}
