package vn.motcua.events.lifecycle;

import java.time.Instant;
import vn.motcua.events.DossierStatus;

/**
 * Everything that happens to a dossier, on {@code dossier.lifecycle.v1} keyed by dossier code.
 * {@link #occurredAt()} is business time (may be backdated for work recorded late);
 * {@link #actor()} is the user who recorded it.
 */
public sealed interface DossierLifecycleEvent permits DossierReceived, ProcessingStarted, StepAssigned,
        SupplementRequested, SupplementReceived, FeesRequested, FeesPaid, DossierRescheduled,
        ProcessingCompleted, ResultReturned, DossierRefused, DossierWithdrawn, ProcessingStopped, StepLateCauseRecorded,
        ServiceRated {

    String dossierCode();

    Instant occurredAt();

    String actor();

    /**
     * The dossier's status once this event has happened; null for a record that changes none (a late step's cause, a
     * rating).
     */
    default DossierStatus statusAfter() {
        return switch (this) {
            case DossierReceived e -> DossierStatus.RECEIVED;
            case ProcessingStarted e -> DossierStatus.IN_PROGRESS;
            case StepAssigned e -> DossierStatus.IN_PROGRESS;
            case SupplementRequested e -> DossierStatus.SUPPLEMENT_REQUESTED;
            case SupplementReceived e -> DossierStatus.IN_PROGRESS;
            case FeesRequested e -> DossierStatus.AWAITING_FEES;
            case FeesPaid e -> DossierStatus.IN_PROGRESS;
            case DossierRescheduled e -> DossierStatus.IN_PROGRESS;
            case ProcessingCompleted e -> DossierStatus.COMPLETED;
            case ResultReturned e -> DossierStatus.RETURNED;
            case DossierRefused e -> DossierStatus.NOT_ACCEPTED;
            case DossierWithdrawn e -> DossierStatus.WITHDRAWN;
            case ProcessingStopped e -> DossierStatus.STOPPED;
            case StepLateCauseRecorded e -> null;
            case ServiceRated e -> null;
        };
    }
}
