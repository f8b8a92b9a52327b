package vn.motcua.intake.domain;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * The citizen's secret for the public lookup, printed on the receipt slip: 8 symbols from an alphabet without the
 * look-alikes 0/O, 1/I/L, so 31^8 ≈ 2^39.6 values (the phone's last 4 digits, the secret before it, had 10^4).
 */
public final class LookupPin {
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int LENGTH = 8;
    public static final Pattern SHAPE = Pattern.compile("[" + ALPHABET + "]{" + LENGTH + "}");

    private static final SecureRandom RANDOM = new SecureRandom();

    private LookupPin() {
    }

    /** A new PIN from a cryptographically strong generator. */
    public static String generate() {
        char[] pin = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            pin[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return new String(pin);
    }
}
