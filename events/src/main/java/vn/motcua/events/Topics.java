package vn.motcua.events;

/** Default topic names; services read the actual names from configuration. */
public final class Topics {
    public static final String DOSSIER_LIFECYCLE = "dossier.lifecycle.v1";
    public static final String DOSSIER_SLA = "dossier.sla.v1";
    public static final String NOTIFICATION_OUTCOME = "notification.outcome.v1";
    /** Compacted, key = calendar id, value = the calendar JSON as served by intake. */
    public static final String CALENDAR = "calendar.v1";

    private Topics() {
    }

    public static String deadLetter(String topic) {
        return topic + ".dlq";
    }
}
