package vn.motcua.sla.domain;

import vn.motcua.events.Channel;

/**
 * A dossier's contribution to the report columns at one instant: flows (received by channel, resolved by outcome, the
 * late ones by how they were apologised) and changes of the stocks (in progress, overdue, paused). Summed per day
 * they make the incremental statistics.
 */
public record StatsDeltaValues(int received, int receivedInPerson, int receivedOnline, int receivedPostal,
        int resolved, int early, int onTime, int late, int apologisedInTime, int apologisedLate,
        int neverApologised, int open, int overdue, int paused) {

    /** A receipt: one received on its channel, and one more in progress. */
    public static StatsDeltaValues received(Channel channel) {
        return new StatsDeltaValues(1, channel == Channel.IN_PERSON ? 1 : 0, channel == Channel.ONLINE ? 1 : 0,
                channel == Channel.POSTAL ? 1 : 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0);
    }

    /**
     * A processing end scored {@code outcome}, leaving the stock {@code from}; a late one counts under exactly one of
     * apologised in time, apologised late, never apologised by an officer (automatic only, or none).
     */
    public static StatsDeltaValues resolved(Outcome outcome, StockState from, Apology apology) {
        StatsDeltaValues leave = move(from, null);
        boolean late = outcome == Outcome.LATE;
        return new StatsDeltaValues(0, 0, 0, 0, 1, outcome == Outcome.EARLY ? 1 : 0, outcome == Outcome.ON_TIME ? 1 : 0,
                late ? 1 : 0, late && apology == Apology.OFFICER_IN_TIME ? 1 : 0,
                late && apology == Apology.OFFICER_LATE ? 1 : 0,
                late && (apology == Apology.NONE || apology == Apology.AUTOMATIC) ? 1 : 0,
                leave.open, leave.overdue, leave.paused);
    }

    /** Leaving stock {@code from} for stock {@code to} (null = not in progress). */
    public static StatsDeltaValues move(StockState from, StockState to) {
        return new StatsDeltaValues(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, count(to, null) - count(from, null),
                count(to, StockState.OVERDUE) - count(from, StockState.OVERDUE),
                count(to, StockState.PAUSED) - count(from, StockState.PAUSED));
    }

    private static int count(StockState state, StockState wanted) {
        if (wanted == null) {
            return state == null ? 0 : 1;
        }
        return state == wanted ? 1 : 0;
    }
}
