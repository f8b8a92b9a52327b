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
import vn.motcua.intake.application.ProcedureService;
import vn.motcua.intake.domain.ProcedureVersion;
import vn.motcua.support.security.Caller;
import vn.motcua.support.security.Roles;

/** The procedure catalogue: GET shows the version in force, PUT adds a version, /versions lists them all. */
@Tag(name = "Procedures", description = "The catalogue of administrative procedures, versioned by the date each version takes effect")
@Path("/api/v1/procedures")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CLERK, Roles.OFFICER, Roles.LEADER, Roles.OPERATOR, Roles.ADMIN})
public class ProcedureResource {
    private static final String STEPS = "Optional steps [{name, unitCode, amount}]: the step plan, in the unit of the"
            + " processing time; their total may not exceed the processing time (nor the online time in the same"
            + " unit), else 400 naming steps. Dossiers carry the plan; processing defaults step deadlines from it."
            + " Returned as steps ([] without a plan). Optional onlineLevel FULL|PARTIAL|NONE (default NONE) and"
            + " publishedOn (the date the version was published for citizens, not in the future).";

    private final ProcedureService procedures;
    private final Caller caller;

    public ProcedureResource(ProcedureService procedures, Caller caller) {
        this.procedures = procedures;
        this.caller = caller;
    }

    @Operation(operationId = "listProcedures", summary = "List the procedures in force")
    @GET
    public List<ProcedureResponse> list(@QueryParam("fieldCode") String fieldCode,
            @QueryParam("decidingAgencyCode") String decidingAgencyCode) {
        return procedures.list(fieldCode, decidingAgencyCode).stream().map(this::view).toList();
    }

    @Operation(operationId = "getProcedure", summary = "Show a procedure's version in force")
    @GET
    @Path("{code}")
    public ProcedureResponse get(@PathParam("code") String code) {
        return view(procedures.current(code));
    }

    @Operation(operationId = "listProcedureVersions", summary = "List every version of a procedure")
    @GET
    @Path("{code}/versions")
    public List<ProcedureResponse> versions(@PathParam("code") String code) {
        return procedures.versions(code).stream().map(this::view).toList();
    }

    @Operation(operationId = "createProcedure", summary = "Add a procedure to the catalogue",
            description = STEPS)
    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response create(@Valid @NotNull ProcedureRequest request) {
        ProcedureResponse created = view(procedures.create(request.toCommand(), caller.user()));
        return Response.created(UriBuilder.fromPath("/api/v1/procedures/{code}").build(created.code())).entity(created).build();
    }

    /** A new version, effective from the body's effectiveFrom (default now). */
    @Operation(operationId = "addProcedureVersion", summary = "Add a new version of a procedure",
            description = STEPS)
    @PUT
    @Path("{code}")
    @RolesAllowed(Roles.ADMIN)
    public ProcedureResponse update(@PathParam("code") String code, @Valid @NotNull ProcedureRequest request) {
        return view(procedures.update(code, request.toCommand(), caller.user()));
    }

    private ProcedureResponse view(ProcedureVersion version) {
        return ProcedureResponse.of(version, procedures.documents(version), procedures.steps(version));
    }
}
