package vn.motcua.events.lifecycle;

import java.time.Instant;

/**
 * The one allowed new appointment, with a reason: the apology request (Decree 61/2018/NĐ-CP art. 12). Set by the
 * deciding agency's officer, or by processing-service itself ({@code automatic}, actor {@code system}) when the
 * appointment passed with none, by the procedure's policy. Opens deadline episode 2. The original appointment is
 * never overwritten. {@code late}: recorded after the last moment an apology was in time (one working day before the
 * original appointment, on the agency calendar); an automatic one is always late.
 */
public record DossierRescheduled(
        String dossierCode,
        Instant occurredAt,
        String actor,
        String reason,
        Instant originalDueAt,
        Instant newDueAt,
        String signerTitle,
        boolean automatic,
        boolean late) implements DossierLifecycleEvent {
}
