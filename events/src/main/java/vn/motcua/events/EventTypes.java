package vn.motcua.events;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.motcua.events.lifecycle.DossierReceived;
import vn.motcua.events.lifecycle.DossierRefused;
import vn.motcua.events.lifecycle.DossierRescheduled;
import vn.motcua.events.lifecycle.DossierWithdrawn;
import vn.motcua.events.lifecycle.FeesPaid;
import vn.motcua.events.lifecycle.FeesRequested;
import vn.motcua.events.lifecycle.ProcessingCompleted;
import vn.motcua.events.lifecycle.ProcessingStarted;
import vn.motcua.events.lifecycle.ProcessingStopped;
import vn.motcua.events.lifecycle.ResultReturned;
import vn.motcua.events.lifecycle.ServiceRated;
import vn.motcua.events.lifecycle.StepAssigned;
import vn.motcua.events.lifecycle.StepLateCauseRecorded;
import vn.motcua.events.lifecycle.SupplementReceived;
import vn.motcua.events.lifecycle.SupplementRequested;
import vn.motcua.events.notification.NoticeFailed;
import vn.motcua.events.notification.NoticeSent;
import vn.motcua.events.sla.DeadlineApproaching;
import vn.motcua.events.sla.DeadlineMissed;

/** The CloudEvents {@code ce_type} of every record, both ways. Types are versioned and never derived from class names. */
public final class EventTypes {
    /** ce_type of a calendar on {@code calendar.v1}; the value is the calendar JSON, not a record. */
    public static final String CALENDAR_PUBLISHED = "vn.motcua.calendar.published.v1";

    private static final Map<Class<?>, String> TYPES = new LinkedHashMap<>();
    private static final Map<String, Class<?>> CLASSES = new LinkedHashMap<>();

    static {
        register(DossierReceived.class, "vn.motcua.dossier.received.v1");
        register(ProcessingStarted.class, "vn.motcua.dossier.processing-started.v1");
        register(StepAssigned.class, "vn.motcua.dossier.step-assigned.v1");
        register(SupplementRequested.class, "vn.motcua.dossier.supplement-requested.v1");
        register(SupplementReceived.class, "vn.motcua.dossier.supplement-received.v1");
        register(FeesRequested.class, "vn.motcua.dossier.fees-requested.v1");
        register(FeesPaid.class, "vn.motcua.dossier.fees-paid.v1");
        register(DossierRescheduled.class, "vn.motcua.dossier.rescheduled.v1");
        register(ProcessingCompleted.class, "vn.motcua.dossier.processing-completed.v1");
        register(ResultReturned.class, "vn.motcua.dossier.result-returned.v1");
        register(DossierRefused.class, "vn.motcua.dossier.refused.v1");
        register(DossierWithdrawn.class, "vn.motcua.dossier.withdrawn.v1");
        register(ProcessingStopped.class, "vn.motcua.dossier.processing-stopped.v1");
        register(StepLateCauseRecorded.class, "vn.motcua.dossier.step-late-cause-recorded.v1");
        register(ServiceRated.class, "vn.motcua.dossier.service-rated.v1");
        register(DeadlineApproaching.class, "vn.motcua.sla.deadline-approaching.v1");
        register(DeadlineMissed.class, "vn.motcua.sla.deadline-missed.v1");
        register(NoticeSent.class, "vn.motcua.notification.notice-sent.v1");
        register(NoticeFailed.class, "vn.motcua.notification.notice-failed.v1");
    }

    private EventTypes() {
    }

    private static void register(Class<?> type, String ceType) {
        TYPES.put(type, ceType);
        CLASSES.put(ceType, type);
    }

    public static String typeOf(Class<?> recordClass) {
        String type = TYPES.get(recordClass);
        if (type == null) {
            throw new IllegalArgumentException("not an event record: " + recordClass.getName());
        }
        return type;
    }

    public static Optional<Class<?>> classOf(String ceType) {
        return Optional.ofNullable(CLASSES.get(ceType));
    }

    public static Map<String, Class<?>> all() {
        return Map.copyOf(CLASSES);
    }
}
