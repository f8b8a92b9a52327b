package vn.motcua.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.events.lifecycle.DossierLifecycleEvent;
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
import vn.motcua.events.lifecycle.StepAssigned;
import vn.motcua.events.lifecycle.ServiceRated;
import vn.motcua.events.lifecycle.StepLateCauseRecorded;
import vn.motcua.events.lifecycle.SupplementReceived;
import vn.motcua.events.lifecycle.SupplementRequested;
import vn.motcua.notification.application.DossierContexts;
import vn.motcua.support.messaging.TopicHandlers;

/** dossier.lifecycle.v1: the receipt, holder changes, the reschedule (apology), the return (result notice), the ends. */
@ApplicationScoped
public class LifecycleHandler extends TopicHandlers.Lifecycle {
    private final DossierContexts contexts;

    public LifecycleHandler(DossierContexts contexts) {
        this.contexts = contexts;
    }

    @Override
    public void handle(DossierLifecycleEvent event) {
        switch (event) {
            case DossierReceived e -> contexts.received(e);
            case ProcessingStarted e -> contexts.holder(e.dossierCode(), e.toUnitCode(), e.toOfficer());
            case StepAssigned e -> contexts.holder(e.dossierCode(), e.toUnitCode(), e.toOfficer());
            case DossierRescheduled e -> contexts.rescheduled(e);
            case ProcessingCompleted e -> contexts.completed(e.dossierCode());
            case ResultReturned e -> contexts.returned(e);
            case DossierRefused e -> contexts.ended(e.dossierCode());
            case DossierWithdrawn e -> contexts.ended(e.dossierCode());
            case ProcessingStopped e -> contexts.ended(e.dossierCode());
            case SupplementRequested e -> { }
            case SupplementReceived e -> { }
            case FeesRequested e -> { }
            case FeesPaid e -> { }
            case StepLateCauseRecorded e -> { }
            case ServiceRated e -> { }
        }
    }
}
