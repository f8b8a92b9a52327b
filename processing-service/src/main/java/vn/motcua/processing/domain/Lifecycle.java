package vn.motcua.processing.domain;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import vn.motcua.events.DossierStatus;

/**
 * The legal lifecycle after receipt (docs/domain.md § Statuses and what may follow what): which actions each status
 * allows. Statuses 3, 7, 8 and 10 are final; 9 only allows handing the result over.
 * Reschedule is allowed in 4 only: DossierRescheduled's contract says the dossier is in 4 afterwards,
 * and a paused dossier (5, 6) has no running clock to apologise for.
 */
public final class Lifecycle {
    private static final Map<DossierStatus, Set<Action>> ALLOWED = new EnumMap<>(DossierStatus.class);

    static {
        for (DossierStatus status : DossierStatus.values()) {
            ALLOWED.put(status, EnumSet.noneOf(Action.class));
        }
        ALLOWED.put(DossierStatus.RECEIVED, EnumSet.of(Action.ASSIGN, Action.REQUEST_SUPPLEMENT, Action.REFUSE,
                Action.WITHDRAW, Action.STOP));
        ALLOWED.put(DossierStatus.IN_PROGRESS, EnumSet.of(Action.ASSIGN, Action.REQUEST_SUPPLEMENT, Action.REQUEST_FEES,
                Action.RESCHEDULE, Action.COMPLETE, Action.REFUSE, Action.WITHDRAW, Action.STOP));
        ALLOWED.put(DossierStatus.SUPPLEMENT_REQUESTED, EnumSet.of(Action.RECEIVE_SUPPLEMENT, Action.REFUSE,
                Action.WITHDRAW, Action.STOP));
        ALLOWED.put(DossierStatus.AWAITING_FEES, EnumSet.of(Action.RECORD_FEE_PAYMENT, Action.WITHDRAW, Action.STOP));
        ALLOWED.put(DossierStatus.COMPLETED, EnumSet.of(Action.RETURN));
    }

    private Lifecycle() {
    }

    /** The actions allowed in {@code status}, in declaration order. */
    public static Set<Action> allowed(DossierStatus status) {
        return EnumSet.copyOf(ALLOWED.get(status));
    }

    public static boolean isAllowed(DossierStatus status, Action action) {
        return ALLOWED.get(status).contains(action);
    }

    /** Throws {@link TransitionNotAllowed} unless {@code action} is allowed in {@code status}. */
    public static void require(DossierStatus status, Action action) {
        if (!isAllowed(status, action)) {
            throw new TransitionNotAllowed(status, action, allowed(status));
        }
    }
}
