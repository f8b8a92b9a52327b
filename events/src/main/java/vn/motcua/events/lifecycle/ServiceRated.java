package vn.motcua.events.lifecycle;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The citizen rated the service after the result was returned (once per dossier): {@code scores} holds 1–5 for each
 * of Decision 766's five satisfaction criteria, keyed ACCESS, PROCEDURE, OFFICER, RESULT, FEEDBACK. The comment and the
 * rater stay in processing. Changes no status ({@link #statusAfter()} is null).
 */
public record ServiceRated(String dossierCode, Instant occurredAt, String actor, Map<String, Integer> scores)
        implements DossierLifecycleEvent {

    public ServiceRated {
        scores = scores == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(scores));
    }
}
