package vn.motcua.processing.api;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.motcua.processing.application.LimitedLookup;
import vn.motcua.processing.application.LookupLimiter.TooManyLookups;
import vn.motcua.processing.application.Ratings;
import vn.motcua.processing.domain.Rating;
import vn.motcua.support.api.Problem;
import vn.motcua.support.api.ProblemException;
import vn.motcua.support.time.VnTime;

/**
 * Citizens look a dossier up by code and the lookup PIN printed on the receipt slip (a dossier received before PINs:
 * the last four digits of the phone given at the counter), without logging in. A wrong code, PIN or phone give the
 * same 404; rate limits answer 429. Once the result is returned, the same secret rates the service.
 */
@Tag(name = "Public lookup", description = "A dossier's status for its applicant, by code and the lookup PIN on the receipt slip")
// public: no token (an empty security requirement in the OpenAPI document)
@SecurityRequirements
@Path("/public/v1/dossiers")
@Produces(MediaType.APPLICATION_JSON)
public class PublicDossierResource {
    private final LimitedLookup lookup;
    private final TrustedProxies proxies;
    private final Ratings ratings;

    public PublicDossierResource(LimitedLookup lookup, TrustedProxies proxies, Ratings ratings) {
        this.proxies = proxies;
        this.lookup = lookup;
        this.ratings = ratings;
    }

    @Operation(operationId = "getPublicDossier", summary = "Show a dossier's public status")
    @APIResponse(responseCode = "200", description = "The dossier's status, its applicant's data masked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicDossierView.class)))
    @APIResponse(responseCode = "400", description = "Neither pin nor phoneLast4, or one of them malformed (named)")
    @APIResponse(responseCode = "404", description = "No dossier with this code and PIN or phone (the same for either)")
    @APIResponse(responseCode = "429", description = "Too many lookups from this address or for this code")
    @GET
    @Path("{code}")
    public PublicDossierView get(@PathParam("code") String code,
            @Parameter(description = "The lookup PIN printed on the receipt slip (8 characters)") @QueryParam("pin") String pin,
            @Parameter(description = "Only for a dossier whose slip has no PIN: the phone's last 4 digits")
            @QueryParam("phoneLast4") String phoneLast4,
            @Context HttpServerRequest request) {
        return lookup.find(ClientAddress.of(request, proxies), code, pin, phoneLast4).map(PublicViewMapper::view)
                .orElseThrow(() -> ProblemException.notFound("dossier with this code and lookup secret"));
    }

    @Operation(operationId = "ratePublicDossier", summary = "Rate the service once the result was returned",
            description = "Once per dossier, with the lookup's secret and limits (a wrong one counts as a failed lookup)")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RatingReceipt.class)))
    @APIResponse(responseCode = "400", description = "A score, the comment or the secret malformed (named)")
    @APIResponse(responseCode = "404", description = "No dossier with this code and PIN or phone (the same for either)")
    @APIResponse(responseCode = "409", description = "Not returned yet, or rated already (the rule is named)")
    @APIResponse(responseCode = "429", description = "Too many lookups from this address or for this code")
    @POST
    @Path("{code}/rating")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response rate(@PathParam("code") String code, RatingRequest body, @Context HttpServerRequest request) {
        RatingRequest r = body == null ? new RatingRequest(null, null, null, null) : body;
        Rating rating = ratings.rate(ClientAddress.of(request, proxies), code, r.pin(), r.phoneLast4(), r.scores(),
                r.comment());
        Map<String, Integer> scores = new LinkedHashMap<>();
        rating.scores.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> scores.put(e.getKey().name(), e.getValue()));
        return Response.status(201).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new RatingReceipt(rating.dossierCode, VnTime.of(rating.ratedAt), scores, RatingReceipt.THANKS))
                .build();
    }

    @ServerExceptionMapper
    public Response tooMany(TooManyLookups e, UriInfo uri) {
        Problem problem = new Problem("about:blank", "Too many requests", 429, e.getMessage()
                + "; try again in " + e.retryAfterSeconds() + " s", uri.getPath(), List.of(),
                Map.of("retryAfterSeconds", e.retryAfterSeconds()));
        return Response.status(429).type(Problem.MEDIA_TYPE).header("Retry-After", e.retryAfterSeconds())
                .entity(problem).build();
    }
}
