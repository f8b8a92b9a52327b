package vn.motcua.processing.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.motcua.processing.application.LookupLimiter.TooManyLookups;
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
     * Empty when the code is unknown or the phone does not match (counted as a failure of the code).
     *
     * @throws TooManyLookups when the client or the code used its allowance
     * @throws ProblemException 400 when {@code phoneLast4} is not four digits
     */
    public Optional<PublicDossier> find(String clientIp, String code, String phoneLast4) {
        limiter.acquire(clientIp);
        if (!isPhoneEnding(phoneLast4)) {
            throw ProblemException.badRequest("phoneLast4", "must be the last 4 digits of the phone given at receipt");
        }
        long guess = limiter.reserveGuess(code);
        Optional<PublicDossier> found = lookup.find(code, phoneLast4);
        if (found.isPresent()) {
            limiter.succeeded(guess);
        }
        return found;
    }

    public static boolean isPhoneEnding(String value) {
        return value != null && PHONE_ENDING.matcher(value).matches();
    }
}
