package vn.motcua.processing.api;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.motcua.processing.application.LimitedLookup;
import vn.motcua.processing.application.LookupLimiter.TooManyLookups;
import vn.motcua.support.api.Problem;
import vn.motcua.support.api.ProblemException;

/**
 * Citizens look a dossier up by code and the last four digits of the phone given at the counter,
 * without logging in. A wrong code and a wrong phone give the same 404; rate limits answer 429.
 */
@Path("/public/v1/dossiers")
@Produces(MediaType.APPLICATION_JSON)
public class PublicDossierResource {
    private final LimitedLookup lookup;
    private final TrustedProxies proxies;

    public PublicDossierResource(LimitedLookup lookup, TrustedProxies proxies) {
        this.proxies = proxies;
        this.lookup = lookup;
    }

    @GET
    @Path("{code}")
    public PublicDossierView get(@PathParam("code") String code, @QueryParam("phoneLast4") String phoneLast4,
            @Context HttpServerRequest request) {
        return lookup.find(ClientAddress.of(request, proxies), code, phoneLast4).map(PublicViewMapper::view)
                .orElseThrow(() -> ProblemException.notFound("dossier with this code and phone"));
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
