package vn.motcua.processing.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.motcua.processing.application.LookupLimiter.TooManyLookups;
import vn.motcua.processing.domain.LookupPin;
import vn.motcua.support.api.ProblemException;

/**
 * The citizens' lookup behind its rate limits, shared by the JSON API and the {@code /tra-cuu} page so
 * both count against the same allowances: the client's requests, then the code's failed attempts.
 */
@ApplicationScoped
public class LimitedLookup {
    private static final Pattern PHONE_ENDING = Pattern.compile("\\d{4}");

    private final PublicLookup lookup;
    private final LookupLimiter limiter;

    public LimitedLookup(PublicLookup lookup, LookupLimiter limiter) {
        this.lookup = lookup;
        this.limiter = limiter;
    }

    /**
     * Empty when the code is unknown or the secret does not open it (counted as a failure of the code, a wrong PIN as
     * a wrong phone ending). {@code pin} is the slip's lookup PIN; {@code phoneLast4} opens only dossiers received
     * before PINs existed. Blank values count as absent.
     *
     * @throws TooManyLookups when the client or the code used its allowance
     * @throws ProblemException 400 naming {@code pin} when neither is given or the PIN is not 8 symbols of its
     *     alphabet, naming {@code phoneLast4} when that is not four digits
     */
    public Optional<PublicDossier> find(String clientIp, String code, String pin, String phoneLast4) {
        limiter.acquire(clientIp);
        String typedPin = blankToNull(LookupPin.normalize(pin));
        String typedPhone = blankToNull(phoneLast4 == null ? null : phoneLast4.strip());
        if (typedPin == null && typedPhone == null) {
            throw ProblemException.badRequest("pin", "is required: the lookup PIN printed on the receipt slip"
                    + " (phoneLast4 only for dossiers whose slip has none)");
        }
        if (typedPin != null && !LookupPin.isWellFormed(typedPin)) {
            throw ProblemException.badRequest("pin", "must be the 8-character lookup PIN printed on the receipt slip");
        }
        if (typedPhone != null && !isPhoneEnding(typedPhone)) {
            throw ProblemException.badRequest("phoneLast4", "must be the last 4 digits of the phone given at receipt");
        }
        long guess = limiter.reserveGuess(code);
        Optional<PublicDossier> found = lookup.find(code, typedPin, typedPhone);
        if (found.isPresent()) {
            limiter.succeeded(guess);
        }
        return found;
    }

    public static boolean isPhoneEnding(String value) {
        return value != null && PHONE_ENDING.matcher(value).matches();
    }

    /** Whether a typed PIN has the printed shape (after dropping spaces and hyphens, in any case). */
    public static boolean isPin(String typed) {
        return LookupPin.isWellFormed(LookupPin.normalize(typed));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
