package vn.motcua.notification.api;

import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.notification.application.StaffDirectory;
import vn.motcua.support.security.Roles;
import vn.motcua.support.time.VnTime;

/** The staff directory: who receives an agency's alerts and escalations (admin). */
@Tag(name = "Staff directory", description = "Whom an agency's notices go to: leader, operator, counter")
@Path("/api/v1/agencies/{code}/contacts")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AgencyContactResource {
    static final String AGENCY_CODE = "[0-9A-Za-z]+(\\.[0-9A-Za-z]+)*";

    private final StaffDirectory directory;

    public AgencyContactResource(StaffDirectory directory) {
        this.directory = directory;
    }

    @Operation(operationId = "getAgencyContacts", summary = "Show an agency's contacts")
    @GET
    public AgencyContactsView get(@PathParam("code") @Pattern(regexp = AGENCY_CODE) String code) {
        return view(code);
    }

    @Operation(operationId = "putAgencyContacts", summary = "Set an agency's contacts")
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public AgencyContactsView put(@PathParam("code") @Pattern(regexp = AGENCY_CODE) String code,
            @Valid @NotNull AgencyContactsRequest request) {
        directory.save(code, request.leaderEmail(), request.operatorEmail(), request.counterEmail());
        return view(code);
    }

    private AgencyContactsView view(String code) {
        var entry = directory.entry(code);
        return new AgencyContactsView(code, directory.leader(code), directory.operator(code), directory.counter(code),
                entry.isPresent(), entry.map(e -> VnTime.of(e.updatedAt)).orElse(null));
    }
}
