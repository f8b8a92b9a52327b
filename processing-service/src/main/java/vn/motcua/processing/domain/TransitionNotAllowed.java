package vn.motcua.processing.domain;

import java.util.Set;
import vn.motcua.events.DossierStatus;

/** The action is not allowed in the dossier's current status. */
public class TransitionNotAllowed extends RuntimeException {
    private final DossierStatus current;
    private final Action action;
    private final Set<Action> allowed;

    public TransitionNotAllowed(DossierStatus current, Action action, Set<Action> allowed) {
        super("'" + action.path() + "' is not allowed in status " + current.code() + " " + current.name() + " ("
                + current.label() + "); allowed: " + allowed.stream().map(Action::path).toList());
        this.current = current;
        this.action = action;
        this.allowed = Set.copyOf(allowed);
    }

    public DossierStatus current() {
        return current;
    }

    public Action action() {
        return action;
    }

    public Set<Action> allowed() {
        return allowed;
    }
}
