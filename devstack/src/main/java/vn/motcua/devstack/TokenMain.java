package vn.motcua.devstack;

import java.nio.file.Path;
import java.time.Clock;

/** Prints a token for the local key pair: {@code TokenMain ROLE AGENCY_CODE [USER]}. */
public final class TokenMain {

    private TokenMain() {
    }

    public static void main(String[] args) {
        if (args.length < 2 || args.length > 3 || !Tokens.ROLES.contains(args[0])) {
            System.err.println("Usage: token.sh ROLE AGENCY_CODE [USER]   (ROLE: " + String.join("|", Tokens.ROLES.stream().sorted().toList())
                    + "; keys in $DEVSTACK_KEYS_DIR, default .local/keys; issuer $JWT_ISSUER)");
            System.exit(2);
        }
        String keysDir = System.getenv().getOrDefault("DEVSTACK_KEYS_DIR", ".local/keys");
        String issuer = System.getenv().getOrDefault("JWT_ISSUER", Tokens.DEFAULT_ISSUER);
        Tokens tokens = new Tokens(DevKeys.loadOrCreate(Path.of(keysDir)), issuer, Clock.systemUTC());
        System.out.println(args.length == 3 ? tokens.mint(args[0], args[1], args[2]) : tokens.mint(args[0], args[1]));
    }
}
