package vn.motcua.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import vn.motcua.intake.domain.IdempotencyRecord;
import vn.motcua.intake.persistence.IdempotencyRepository;
import vn.motcua.support.api.ProblemException;
import vn.motcua.support.security.Caller;

/**
 * Idempotency-Key handling: the first successful answer is stored with the body's hash and replayed for the same body.
 * A key is the caller's own (the token's user and agency claim): another caller's same key is a new key, so nobody
 * reads an answer stored for someone else. It is looked at only inside the resource method, that is after the role
 * check: a caller without the role gets 403 whatever key they send.
 */
@ApplicationScoped
public class Idempotency {
    private final IdempotencyRepository keys;
    private final JsonText json;
    private final Caller caller;

    public Idempotency(IdempotencyRepository keys, JsonText json, Caller caller) {
        this.keys = keys;
        this.json = json;
        this.caller = caller;
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
        IdempotencyRecord.Id id = new IdempotencyRecord.Id(scope(caller.user(), caller.agency()), key);
        Optional<IdempotencyRecord> earlier = claim(id, request, now);
        if (earlier.isPresent()) {
            return new Outcome(earlier.get().dossierCode, earlier.get().responseBody, true);
        }
        Outcome outcome = work.get();
        complete(id, outcome.dossierCode(), outcome.body());
        return outcome;
    }

    /**
     * Claims the caller's key in the caller's transaction; returns the earlier answer when the key was used with
     * the same body, throws 422 when it was used with another one. A row stored before keys had callers (its
     * caller is the user alone, see V3) still answers that user.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<IdempotencyRecord> claim(IdempotencyRecord.Id id, Object request, Instant now) {
        if (id.key.isBlank() || id.key.length() > 200) {
            throw ProblemException.badRequest("Idempotency-Key", "must be 1 to 200 characters");
        }
        String hash = sha256(json.write(request));
        IdempotencyRecord earlier = keys.findById(new IdempotencyRecord.Id(scope(caller.user()), id.key));
        if (earlier == null) {
            if (keys.claim(id, hash, now)) {
                return Optional.empty();
            }
            earlier = keys.findById(id);
        }
        if (!earlier.requestHash.equals(hash)) {
            throw ProblemException.unprocessable("Idempotency-Key", "this key was already used with a different request body");
        }
        return Optional.of(earlier);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void complete(IdempotencyRecord.Id id, String dossierCode, String responseBody) {
        IdempotencyRecord record = keys.findById(id);
        record.dossierCode = dossierCode;
        record.responseBody = responseBody;
    }

    /** Whose key: a JSON array, unambiguous whatever the user name holds ([user] alone marks a row stored before V3). */
    private String scope(String... parts) {
        return json.write(Arrays.asList(parts));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
