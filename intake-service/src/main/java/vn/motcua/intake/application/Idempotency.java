package vn.motcua.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import vn.motcua.intake.domain.IdempotencyRecord;
import vn.motcua.intake.persistence.IdempotencyRepository;
import vn.motcua.support.api.ProblemException;

/** Idempotency-Key handling: the first successful answer is stored with the body's hash and replayed for the same body. */
@ApplicationScoped
public class Idempotency {
    private final IdempotencyRepository keys;
    private final JsonText json;

    public Idempotency(IdempotencyRepository keys, JsonText json) {
        this.keys = keys;
        this.json = json;
    }

    /**
     * The answer of {@code work} in the caller's transaction, stored under {@code key}; for a key already used with
     * the same body, the stored answer instead (work is not done again). No key: just the work.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome answer(String key, Object request, Instant now, Supplier<Outcome> work) {
        if (key == null) {
            return work.get();
        }
        Optional<IdempotencyRecord> earlier = claim(key, request, now);
        if (earlier.isPresent()) {
            return new Outcome(earlier.get().dossierCode, earlier.get().responseBody, true);
        }
        Outcome outcome = work.get();
        complete(key, outcome.dossierCode(), outcome.body());
        return outcome;
    }

    /**
     * Claims the key in the caller's transaction; returns the earlier answer when the key was used with the
     * same body, throws 422 when it was used with another one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<IdempotencyRecord> claim(String key, Object request, Instant now) {
        if (key.isBlank() || key.length() > 200) {
            throw ProblemException.badRequest("Idempotency-Key", "must be 1 to 200 characters");
        }
        String hash = sha256(json.write(request));
        if (keys.claim(key, hash, now)) {
            return Optional.empty();
        }
        IdempotencyRecord earlier = keys.findById(key);
        if (!earlier.requestHash.equals(hash)) {
            throw ProblemException.unprocessable("Idempotency-Key", "this key was already used with a different request body");
        }
        return Optional.of(earlier);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void complete(String key, String dossierCode, String responseBody) {
        IdempotencyRecord record = keys.findById(key);
        record.dossierCode = dossierCode;
        record.responseBody = responseBody;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
