package vn.motcua.testkit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

/**
 * What every service promises operators, checked the same way in each: readiness really checks the
 * database and Kafka, OpenAPI and metrics are served, and {@code /api} needs a token (problem+json).
 * A service's {@code @QuarkusTest} extends it and names itself.
 */
public abstract class ServiceHealthContract {

    /** e.g. {@code intake-service}, as in the OpenAPI title "Một Cửa intake-service". */
    protected abstract String serviceName();

    @Test
    public void readyChecksDatabaseAndKafka() {
        given().when().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    public void openApiAndMetricsAreServed() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("info.title", equalTo("Một Cửa " + serviceName()));
        given().when().get("/q/metrics").then().statusCode(200);
    }

    @Test
    public void apiNeedsAToken() {
        given().when().get("/api/v1/anything").then().statusCode(401)
                .contentType("application/problem+json").body("status", equalTo(401));
    }
}
