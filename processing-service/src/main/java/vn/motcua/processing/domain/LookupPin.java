package vn.motcua.processing.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The citizen's lookup PIN (8 symbols of intake's 31-symbol alphabet, ≈ 2^39.6 values), kept only as SHA-256 of the
 * dossier code and the PIN. A fast hash is enough: online guesses are limited to 5 failures per code per 15 minutes,
 * and whoever could read the hash offline has read the dossier itself; the code salts each hash.
 */
public final class LookupPin {
    private static final Pattern SHAPE = Pattern.compile("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");

    private LookupPin() {
    }

    /** The PIN as printed, from what a citizen typed: upper case, spaces and hyphens dropped. */
    public static String normalize(String typed) {
        return typed == null ? null : SEPARATORS.matcher(typed).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /** Whether {@code pin} (normalized) has the printed shape; says nothing about any dossier. */
    public static boolean isWellFormed(String pin) {
        return pin != null && SHAPE.matcher(pin).matches();
    }

    public static String hash(String dossierCode, String pin) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((dossierCode + ":" + normalize(pin)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Compares in constant time, so the answer's timing tells nothing about how much of the PIN was right. */
    public static boolean matches(String storedHash, String dossierCode, String pin) {
        if (storedHash == null || pin == null) {
            return false;
        }
        return MessageDigest.isEqual(storedHash.getBytes(StandardCharsets.US_ASCII),
                hash(dossierCode, pin).getBytes(StandardCharsets.US_ASCII));
    }
}
