package vn.motcua.intake.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.intake.application.AgencyService;
import vn.motcua.support.security.Roles;

/** The agency tree: any authenticated user reads, admin manages. There is no DELETE: agencies are deactivated. */
@Tag(name = "Agencies", description = "The agency tree (province, departments, districts, communes)")
@Path("/api/v1/agencies")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CLERK, Roles.OFFICER, Roles.LEADER, Roles.OPERATOR, Roles.ADMIN})
public class AgencyResource {
    private final AgencyService agencies;

    public AgencyResource(AgencyService agencies) {
        this.agencies = agencies;
    }

    @Operation(operationId = "listAgencies", summary = "List agencies")
    @GET
    public List<AgencyResponse> list(@QueryParam("active") Boolean active, @QueryParam("parent") String parentCode) {
        return agencies.list(active, parentCode).stream().map(AgencyResponse::of).toList();
    }

    @Operation(operationId = "getAgency", summary = "Show an agency and its path in the tree")
    @GET
    @Path("{code}")
    public AgencyResponse get(@PathParam("code") String code) {
        return AgencyResponse.of(agencies.get(code));
    }

    @Operation(operationId = "createAgency", summary = "Add an agency")
    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response create(@Valid @NotNull AgencyRequest request) {
        AgencyResponse created = AgencyResponse.of(agencies.create(request.toCommand()));
        return Response.created(UriBuilder.fromPath("/api/v1/agencies/{code}").build(created.code())).entity(created).build();
    }

    @Operation(operationId = "updateAgency", summary = "Change or deactivate an agency")
    @PUT
    @Path("{code}")
    @RolesAllowed(Roles.ADMIN)
    public AgencyResponse update(@PathParam("code") String code, @Valid @NotNull AgencyRequest request) {
        return AgencyResponse.of(agencies.update(code, request.toCommand()));
    }
}
