package vn.motcua.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

/** The four packaged services start as separate processes against the devstack and report ready (management port). */
class PlatformReadyTest {

    @Test
    void everyServiceIsReady() {
        Platform platform = Platform.get();
        for (String service : Platform.SERVICES) {
            given().baseUri(platform.managementUrl(service)).when().get("/q/health/ready").then()
                    .statusCode(200).body("status", equalTo("UP"));
        }
    }

    @Test
    void apiWithoutTokenIsAProblem() {
        Platform platform = Platform.get();
        for (String service : Platform.SERVICES) {
            given().baseUri(platform.url(service)).when().get("/api/v1/admin/clock").then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .body("status", equalTo(401));
        }
    }
}
