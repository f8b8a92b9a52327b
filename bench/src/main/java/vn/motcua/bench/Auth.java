package vn.motcua.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.motcua.devstack.DevKeys;
import vn.motcua.devstack.Tokens;

/** Bearer tokens minted with the local key pair (.local/keys), one per (role, agency), cached. */
final class Auth {
    private final Tokens tokens;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    Auth(Path keysDirectory) {
        this.tokens = new Tokens(DevKeys.loadOrCreate(keysDirectory), Settings.get("JWT_ISSUER", Tokens.DEFAULT_ISSUER),
                java.time.Clock.systemUTC());
    }

    static Auth local() {
        return new Auth(Settings.repoRoot().resolve(".local/keys"));
    }

    /** A token for {@code role} at {@code agency}; the user name looks like a civil servant's e-mail address. */
    String token(String role, String agency) {
        return cache.computeIfAbsent(role + " " + agency, k -> tokens.mint(role, agency,
                role + "." + agency.replace('.', '-').toLowerCase(java.util.Locale.ROOT) + "@dongnai.gov.vn"));
    }

    String admin() {
        return token("admin", "000.00.00.H56");
    }
}
