package vn.motcua.support.security;

import io.smallrye.jwt.auth.principal.ParseException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens already verified, so that a caller's token costs one RS256 verification per lifetime instead of one
 * per request. Keyed by the SHA-256 of the whole token (a token changed in any byte is another key, verified
 * afresh; the map holds no token text), kept until the token's {@code exp} and never served at or after it, at most
 * {@code maxSize} entries (expired ones are dropped first, then any).
 */
public final class VerifiedTokens {
    /** What verifies a token the cache does not hold: the JWT parser's signature, issuer, audience and time checks. */
    @FunctionalInterface
    public interface Verifier {
        JsonWebToken verify(String token) throws ParseException;
    }

    private record Entry(JsonWebToken jwt, Instant expiresAt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final int maxSize;
    private final Clock clock;

    public VerifiedTokens(int maxSize, Clock clock) {
        if (maxSize < 1) {
            throw new IllegalArgumentException("maxSize must be at least 1, was " + maxSize);
        }
        this.maxSize = maxSize;
        this.clock = clock;
    }

    /** The verified token: from the cache while it has not expired, else from {@code verifier} (then cached). */
    public JsonWebToken verified(String token, Verifier verifier) throws ParseException {
        String key = sha256(token);
        Instant now = clock.instant();
        Entry hit = entries.get(key);
        if (hit != null) {
            if (now.isBefore(hit.expiresAt())) {
                return hit.jwt();
            }
            entries.remove(key, hit);
        }
        JsonWebToken jwt = verifier.verify(token);
        long exp = jwt.getExpirationTime();
        if (exp > 0 && now.isBefore(Instant.ofEpochSecond(exp))) {
            makeRoom(now);
            entries.put(key, new Entry(jwt, Instant.ofEpochSecond(exp)));
        }
        return jwt;
    }

    public int size() {
        return entries.size();
    }

    private void makeRoom(Instant now) {
        if (entries.size() < maxSize) {
            return;
        }
        entries.values().removeIf(e -> !now.isBefore(e.expiresAt()));
        Iterator<String> keys = entries.keySet().iterator();
        while (entries.size() >= maxSize && keys.hasNext()) {
            keys.next();
            keys.remove();
        }
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
