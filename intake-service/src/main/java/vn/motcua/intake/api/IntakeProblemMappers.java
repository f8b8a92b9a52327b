package vn.motcua.intake.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import org.hibernate.exception.GenericJDBCException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.motcua.support.api.Problem;
import vn.motcua.support.api.ProblemMappers;

/** An answer the shared ProblemMappers do not give: 503 (not 500) when the database pool is exhausted. */
public class IntakeProblemMappers {
    private final ProblemMappers problems = new ProblemMappers();

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
