package vn.motcua.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The verified-token cache in front of smallrye-jwt's real RS256 verification. */
class VerifiedTokensTest {
    private static final String ISSUER = "https://motcua.local/issuer";
    private static KeyPair keys;
    private static DefaultJWTParser parser;

    private final AtomicInteger verifications = new AtomicInteger();

    @BeforeAll
    static void keys() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        parser = new DefaultJWTParser(new JWTAuthContextInfo(keys.getPublic(), ISSUER));
    }

    @Test
    void aTokenIsVerifiedOnceForItsLifetime() throws Exception {
        VerifiedTokens cache = new VerifiedTokens(100, Clock.systemUTC());
        String token = token("clerk@000.03.30.H56", Instant.now().plusSeconds(300));

        JsonWebToken first = cache.verified(token, this::countedVerify);
        JsonWebToken second = cache.verified(token, this::countedVerify);

        assertThat(verifications).hasValue(1);
        assertThat(second.getName()).isEqualTo("clerk@000.03.30.H56").isEqualTo(first.getName());
        assertThat(second.getGroups()).containsExactly("clerk");
    }

    @Test
    void anExpiredTokenIsNotServedFromTheCache() throws Exception {
        Instant exp = Instant.now().plusSeconds(300);
        MovableClock clock = new MovableClock(Instant.now());
        VerifiedTokens cache = new VerifiedTokens(100, clock);
        String token = token("officer@000.03.30.H56", exp);
        cache.verified(token, this::countedVerify);

        clock.now = exp; // the token's last second has passed: verified again, whatever the cache held
        cache.verified(token, this::countedVerify);

        assertThat(verifications).hasValue(2);
        String expired = token("officer@000.03.30.H56", Instant.now().minus(Duration.ofMinutes(10)));
        assertThatThrownBy(() -> cache.verified(expired, this::countedVerify)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> cache.verified(expired, this::countedVerify)).isInstanceOf(ParseException.class);
        assertThat(verifications).hasValue(4);
    }

    @Test
    void aTamperedTokenIsNotAccepted() throws Exception {
        VerifiedTokens cache = new VerifiedTokens(100, Clock.systemUTC());
        Instant exp = Instant.now().plusSeconds(300);
        String token = token("clerk@000.03.30.H56", exp);
        cache.verified(token, this::countedVerify);
        String[] parts = token.split("\\.");
        String adminPayload = base64(payload("clerk@000.03.30.H56", exp).replace("[\"clerk\"]", "[\"admin\"]"));
        String tampered = parts[0] + "." + adminPayload + "." + parts[2];

        assertThatThrownBy(() -> cache.verified(tampered, this::countedVerify)).isInstanceOf(ParseException.class);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void theCacheHoldsAtMostItsSize() throws Exception {
        VerifiedTokens cache = new VerifiedTokens(3, Clock.systemUTC());
        for (int i = 0; i < 10; i++) {
            cache.verified(token("user" + i + "@000.03.30.H56", Instant.now().plusSeconds(300)), this::countedVerify);
            assertThat(cache.size()).isLessThanOrEqualTo(3);
        }
        assertThat(cache.size()).isEqualTo(3);
    }

    private JsonWebToken countedVerify(String token) throws ParseException {
        verifications.incrementAndGet();
        return parser.parse(token);
    }

    private static String token(String user, Instant exp) throws GeneralSecurityException {
        String signed = base64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + base64(payload(user, exp));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(keys.getPrivate());
        rsa.update(signed.getBytes(StandardCharsets.US_ASCII));
        return signed + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
    }

    private static String payload(String user, Instant exp) {
        long iat = Math.min(Instant.now().getEpochSecond(), exp.getEpochSecond() - 60);
        return "{\"iss\":\"" + ISSUER + "\",\"upn\":\"" + user + "\",\"groups\":[\"clerk\"],\"iat\":" + iat
                + ",\"exp\":" + exp.getEpochSecond() + "}";
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** A clock the test moves. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
