package vn.motcua.testkit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;

/**
 * What every service promises operators, checked the same way in each: readiness checks the database only (a
 * broker outage must not take instances out of a load balancer: the outbox keeps receipts and actions going), the
 * broker's state and the outbox backlog are shown by liveness, OpenAPI and metrics are served on the management
 * interface and nowhere on the public port, and {@code /api} needs a token (problem+json).
 * A service's {@code @QuarkusTest} extends it and names itself.
 */
public abstract class ServiceHealthContract {

    /** e.g. {@code intake-service}, as in the OpenAPI title "Một Cửa intake-service". */
    protected abstract String serviceName();

    @Test
    public void readyChecksTheDatabaseOnly() {
        Management.given().when().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check"))
                .body("checks.name", not(hasItems("Kafka connection health check")));
    }

    @Test
    public void livenessShowsTheBrokerAndTheOutbox() {
        Management.given().when().get("/q/health/live").then()
                .statusCode(200)
                .body("checks.find { it.name == 'messaging' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'messaging' }.data.kafka", equalTo("reachable"))
                .body("checks.find { it.name == 'messaging' }.data.outboxPending", notNullValue());
        Management.given().when().get("/q/metrics").then().statusCode(200).body(containsString("motcua_outbox_pending"));
    }

    @Test
    public void openApiAndMetricsAreServed() {
        Management.given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("info.title", equalTo("Một Cửa " + serviceName()));
        Management.given().when().get("/q/metrics").then().statusCode(200);
    }

    @Test
    public void thePublicPortServesNoManagementEndpoint() {
        for (String path : new String[] {"/q/health", "/q/health/ready", "/q/metrics", "/q/openapi", "/q/swagger-ui"}) {
            given().when().get(path).then().statusCode(404);
        }
    }

    @Test
    public void aTokenForAnotherAudienceIsRefused() {
        String foreign = DevstackTestResource.tokens().forAudience("another-system").mint("admin", "000.00.00.H56");
        given().auth().oauth2(foreign).when().get("/api/v1/anything").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    public void apiNeedsAToken() {
        given().when().get("/api/v1/anything").then().statusCode(401)
                .contentType("application/problem+json").body("status", equalTo(401));
    }
}
