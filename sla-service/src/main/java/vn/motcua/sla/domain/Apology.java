package vn.motcua.sla.domain;

/**
 * How a dossier was apologised for (Decree 61/2018/NĐ-CP art. 12; Decree 118/2025/NĐ-CP): not at all, by the
 * deciding agency in time (at least one working day before the appointment) or late, or by processing-service
 * itself once the appointment had passed with none (automatic: never an officer's apology).
 */
public enum Apology {
    NONE, OFFICER_IN_TIME, OFFICER_LATE, AUTOMATIC;

    /** The apology a DossierRescheduled records, from its {@code automatic} and {@code late} flags. */
    public static Apology of(boolean automatic, boolean late) {
        if (automatic) {
            return AUTOMATIC;
        }
        return late ? OFFICER_LATE : OFFICER_IN_TIME;
    }
}
