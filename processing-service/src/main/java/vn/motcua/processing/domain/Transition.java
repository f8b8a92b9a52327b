package vn.motcua.processing.domain;

import java.util.List;
import vn.motcua.events.lifecycle.DossierLifecycleEvent;

/** What one accepted action produced: the event to publish, the history line, a new hand-over if any, warnings. */
public record Transition(DossierLifecycleEvent event, HistoryEntry history, HandOver opened, List<Warning> warnings) {
    public Transition {
        warnings = List.copyOf(warnings);
    }
}
