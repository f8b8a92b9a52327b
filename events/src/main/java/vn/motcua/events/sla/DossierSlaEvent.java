package vn.motcua.events.sla;

import java.time.Instant;

/** Deadline facts on {@code dossier.sla.v1}, keyed by dossier code; at most one of each per (dossier, episode). */
public sealed interface DossierSlaEvent permits DeadlineApproaching, DeadlineMissed {

    String dossierCode();

    Instant occurredAt();

    /** 1 = original appointment, 2 = the new appointment after a reschedule. */
    int episode();

    /** The appointment the event is about: the episode's due instant. */
    Instant dueAt();
}
