package vn.motcua.notification.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import vn.motcua.notification.domain.AgencyContact;
import vn.motcua.notification.persistence.AgencyContactRepository;
import vn.motcua.notification.persistence.StaffDirectory;
import vn.motcua.support.security.Roles;
import vn.motcua.support.time.VnTime;

/** The staff directory: who receives an agency's alerts and escalations (admin). */
@Path("/api/v1/agencies/{code}/contacts")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AgencyContactResource {
    static final String AGENCY_CODE = "[0-9A-Za-z]+(\\.[0-9A-Za-z]+)*";

    private final AgencyContactRepository contacts;
    private final StaffDirectory directory;
    private final Clock clock;

    public AgencyContactResource(AgencyContactRepository contacts, StaffDirectory directory, Clock clock) {
        this.contacts = contacts;
        this.directory = directory;
        this.clock = clock;
    }

    @GET
    public AgencyContactsView get(@PathParam("code") @Pattern(regexp = AGENCY_CODE) String code) {
        return view(code);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public AgencyContactsView put(@PathParam("code") @Pattern(regexp = AGENCY_CODE) String code,
            @Valid @NotNull AgencyContactsRequest request) {
        AgencyContact entry = contacts.findByIdOptional(code).orElseGet(AgencyContact::new);
        boolean isNew = entry.agencyCode == null;
        entry.agencyCode = code;
        entry.leaderEmail = request.leaderEmail();
        entry.operatorEmail = request.operatorEmail();
        entry.counterEmail = request.counterEmail();
        entry.updatedAt = clock.instant();
        if (isNew) {
            contacts.persist(entry);
        }
        return view(code);
    }

    private AgencyContactsView view(String code) {
        var entry = directory.entry(code);
        return new AgencyContactsView(code, directory.leader(code), directory.operator(code), directory.counter(code),
                entry.isPresent(), entry.map(e -> VnTime.of(e.updatedAt)).orElse(null));
    }
}
