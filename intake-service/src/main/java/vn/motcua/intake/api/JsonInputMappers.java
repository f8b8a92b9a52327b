package vn.motcua.intake.api;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.motcua.support.api.ProblemMappers;

/**
 * Wrong types and unknown enum values (e.g. {@code "channel": "FAX"}) as problem+json naming the field:
 * Quarkus' own, more specific mapper for these Jackson exceptions would otherwise answer plain JSON.
 */
public class JsonInputMappers {
    private final ProblemMappers problems = new ProblemMappers();

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return problems.json(e, uri);
    }
}
