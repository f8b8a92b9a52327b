package vn.motcua.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tokens are RS256-signed by the key pair on disk and carry the claims SmallRye JWT reads. */
class TokensTest {

    @TempDir
    Path keysDir;

    @Test
    void signsWithTheKeyWhosePublicHalfIsOnDisk() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2025-03-03T01:00:00Z"), ZoneOffset.UTC);
        String token = new Tokens(DevKeys.loadOrCreate(keysDir), Tokens.DEFAULT_ISSUER, clock)
                .mint("clerk", "000.00.00.H56");

        String[] parts = token.split("\\.");
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(DevKeys.loadOrCreate(keysDir).publicKey());
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(rs256.verify(Base64.getUrlDecoder().decode(parts[2])));

        String header = decode(parts[0]);
        String claims = decode(parts[1]);
        assertTrue(header.startsWith("{\"alg\":\"RS256\",\"typ\":\"JWT\""), header);
        assertTrue(claims.contains("\"iss\":\"https://motcua.local/issuer\""), claims);
        assertTrue(claims.contains("\"upn\":\"clerk@000.00.00.H56\""), claims);
        assertTrue(claims.contains("\"groups\":[\"clerk\"]"), claims);
        assertTrue(claims.contains("\"agency\":\"000.00.00.H56\""), claims);
        assertTrue(claims.contains("\"exp\":" + (clock.instant().getEpochSecond() + 12 * 3600)), claims);
    }

    @Test
    void generatesPemFilesOnceAndReusesThem() throws Exception {
        DevKeys first = DevKeys.loadOrCreate(keysDir);
        DevKeys second = DevKeys.loadOrCreate(keysDir);
        assertEquals(first.publicKey(), second.publicKey());
        assertTrue(Files.readString(keysDir.resolve("privateKey.pem")).startsWith(pemHeader("PRIVATE KEY")));
        assertTrue(Files.readString(keysDir.resolve("publicKey.pem")).startsWith(pemHeader("PUBLIC KEY")));
    }

    @Test
    void escapesNamesInClaims() {
        String token = new Tokens(DevKeys.loadOrCreate(keysDir))
                .mint("Nguyễn \"Văn\" A", java.util.List.of("leader"), "H56", "Nguyễn Văn A", java.time.Duration.ofMinutes(5));
        String claims = decode(token.split("\\.")[1]);
        assertTrue(claims.contains("\"upn\":\"Nguyễn \\\"Văn\\\" A\""), claims);
        assertTrue(claims.contains("\"name\":\"Nguyễn Văn A\""), claims);
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    /** Built rather than written out, so that no committed file looks like it holds a key. */
    private static String pemHeader(String type) {
        return "-----BEGIN " + type + "-----\n";
    }
}
