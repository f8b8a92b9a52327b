package vn.motcua.sla.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.motcua.sla.persistence.AgencyRepository;
import vn.motcua.support.api.ProblemException;
import vn.motcua.support.security.Caller;

/**
 * Which agency subtree a query may read: the requested agency if the caller's agency covers it (403 otherwise), the
 * caller's own agency when none is requested, everything for an admin who names none.
 */
@ApplicationScoped
public class AgencyScope {
    private final AgencyRepository agencies;

    public AgencyScope(AgencyRepository agencies) {
        this.agencies = agencies;
    }

    /** The agency and its path from the root; null when an admin reads all agencies. */
    public Scoped resolve(Caller caller, String requested) {
        String code = requested != null && !requested.isBlank() ? requested.trim()
                : caller.isAdmin() ? null : caller.agency();
        if (code == null) {
            if (!caller.isAdmin()) {
                throw ProblemException.forbidden("your token names no agency");
            }
            return null;
        }
        List<String> path = agencies.pathOf(code).orElse(List.of(code));
        caller.requireCovers(code, path);
        return new Scoped(code, path);
    }

    public record Scoped(String code, List<String> path) {
        /** 1-based position of the agency in its own path. */
        public int depth() {
            return path.indexOf(code) + 1;
        }
    }
}
