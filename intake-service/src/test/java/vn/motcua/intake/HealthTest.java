package vn.motcua.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;

/** Readiness really checks the database and Kafka; the documentation and metrics endpoints are served. */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "intake"))
class HealthTest {

    @Test
    void readyChecksDatabaseAndKafka() {
        given().when().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void openApiAndMetricsAreServed() {
        given().when().get("/q/openapi?format=json").then().statusCode(200).body("info.title", equalTo("Một Cửa intake-service"));
        given().when().get("/q/metrics").then().statusCode(200);
    }

    @Test
    void apiNeedsAToken() {
        given().when().get("/api/v1/anything").then().statusCode(401)
                .contentType("application/problem+json").body("status", equalTo(401));
    }
}
