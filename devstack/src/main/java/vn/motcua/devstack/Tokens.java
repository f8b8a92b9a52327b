package vn.motcua.devstack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Mints RS256 JWTs the way SmallRye JWT reads them: {@code upn} and {@code sub} = user,
 * {@code groups} = roles, {@code aud} = the platform (services refuse tokens meant for another audience), plus our
 * {@code agency} claim.
 */
public final class Tokens {

    public static final String DEFAULT_ISSUER = "https://motcua.local/issuer";
    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(12);
    public static final String DEFAULT_AUDIENCE = "motcua";
    public static final Set<String> ROLES = Set.of("clerk", "officer", "leader", "operator", "admin", "migration");

    private final DevKeys keys;
    private final String issuer;
    private final String audience;
    private final Clock clock;

    public Tokens(DevKeys keys) {
        this(keys, DEFAULT_ISSUER, Clock.systemUTC());
    }

    public Tokens(DevKeys keys, String issuer, Clock clock) {
        this(keys, issuer, DEFAULT_AUDIENCE, clock);
    }

    public Tokens(DevKeys keys, String issuer, String audience, Clock clock) {
        this.keys = keys;
        this.issuer = issuer;
        this.audience = audience;
        this.clock = clock;
    }

    /** The same keys and issuer for another audience (tests: a token meant for another system). */
    public Tokens forAudience(String otherAudience) {
        return new Tokens(keys, issuer, otherAudience, clock);
    }

    /** A token for user {@code role@agency}, e.g. {@code clerk@000.00.00.H56}. */
    public String mint(String role, String agency) {
        return mint(role, agency, role + "@" + agency);
    }

    public String mint(String role, String agency, String user) {
        return mint(user, List.of(role), agency, null, DEFAULT_LIFETIME);
    }

    /** The general form; name (the display name claim) may be null. */
    public String mint(String user, List<String> groups, String agency, String name, Duration lifetime) {
        long now = clock.instant().getEpochSecond();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":" + json(keys.keyId()) + "}";
        StringBuilder claims = new StringBuilder("{")
                .append("\"iss\":").append(json(issuer))
                .append(",\"aud\":").append(json(audience))
                .append(",\"sub\":").append(json(user))
                .append(",\"upn\":").append(json(user))
                .append(",\"groups\":[").append(groups.stream().map(Tokens::json).collect(Collectors.joining(",")))
                .append("],\"agency\":").append(json(agency))
                .append(",\"iat\":").append(now)
                .append(",\"exp\":").append(now + lifetime.toSeconds());
        if (name != null) {
            claims.append(",\"name\":").append(json(name));
        }
        String signingInput = base64Url(header) + "." + base64Url(claims.append('}').toString());
        return signingInput + "." + sign(signingInput);
    }

    private String sign(String signingInput) {
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(keys.privateKey());
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON string literal; names and codes may carry Vietnamese letters, quotes or backslashes. */
    static String json(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
