package vn.motcua.support.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Collection;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.motcua.support.api.ProblemException;

/**
 * Who is calling: user name, roles and the {@code agency} claim. A user acts on dossiers of that
 * agency and its sub-units only; {@code admin} reads everything whatever its claim.
 */
@RequestScoped
public class Caller {
    public static final String AGENCY_CLAIM = "agency";

    private final JsonWebToken jwt;

    public Caller(JsonWebToken jwt) {
        this.jwt = jwt;
    }

    public String user() {
        return jwt.getName() == null ? "anonymous" : jwt.getName();
    }

    public String agency() {
        Object claim = jwt.getClaim(AGENCY_CLAIM);
        return claim == null ? null : claim.toString().replace("\"", "");
    }

    public Set<String> roles() {
        return jwt.getGroups() == null ? Set.of() : jwt.getGroups();
    }

    public boolean hasRole(String role) {
        return roles().contains(role);
    }

    public boolean isAdmin() {
        return hasRole(Roles.ADMIN);
    }

    /**
     * True when the caller may act on an agency whose path from the root (codes, including the
     * agency itself) is {@code agencyPath}.
     */
    public boolean covers(Collection<String> agencyPath) {
        return isAdmin() || (agency() != null && agencyPath.contains(agency()));
    }

    /**
     * Throws the same 404 problem as for nothing under that name when the caller's agency is on neither path (the
     * receiving and the deciding agency's): another agency's staff learn nothing, not even that it exists.
     */
    public void requireSees(String what, Collection<String> receivingPath, Collection<String> decidingPath) {
        if (!covers(receivingPath) && !covers(decidingPath)) {
            throw ProblemException.notFound(what);
        }
    }

    /** Throws a 403 problem naming the agency when the caller's agency claim does not cover it. */
    public void requireCovers(String agencyCode, Collection<String> agencyPath) {
        if (!covers(agencyPath)) {
            throw ProblemException.forbidden("agency " + agencyCode + " is outside your agency " + agency()
                    + " and its sub-units");
        }
    }
}
