package vn.motcua.intake.api;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import org.hibernate.exception.GenericJDBCException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.motcua.support.api.Problem;
import vn.motcua.support.api.ProblemMappers;

/** Two answers the shared ProblemMappers do not give: problem+json for wrong JSON types, 503 when overloaded. */
public class IntakeProblemMappers {
    private final ProblemMappers problems = new ProblemMappers();

    /**
     * Wrong types and unknown enum values (e.g. {@code "channel": "FAX"}) as problem+json naming the field:
     * Quarkus' own, more specific mapper for these Jackson exceptions would otherwise answer plain JSON.
     */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return problems.json(e, uri);
    }

    /** No database connection within the pool's acquisition timeout: the service is overloaded, try again. */
    @ServerExceptionMapper
    public Response database(GenericJDBCException e, UriInfo uri) {
        if (e.getSQLException() != null && isAcquisitionTimeout(e.getSQLException())) {
            return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", "1")
                    .entity(Problem.of(503, "Service unavailable", "too many requests at once; retry shortly", null))
                    .build();
        }
        return problems.unexpected(e, uri);
    }

    private static boolean isAcquisitionTimeout(SQLException e) {
        return e.getMessage() != null && e.getMessage().contains("acquisition timeout");
    }
}
