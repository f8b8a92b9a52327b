package vn.motcua.sla;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;

/** The sign-in cookie as deployed (motcua.dashboard.cookie-secure=true, the default): Secure and __Host- prefixed. */
@QuarkusTest
@TestProfile(DashboardSecureCookieTest.Secure.class)
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "sla"))
class DashboardSecureCookieTest {
    private static final String COOKIE = "__Host-motcua_session";

    public static class Secure implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("motcua.dashboard.cookie-secure", "true", "motcua.sla.scanner-enabled", "false");
        }
    }

    @Test
    void theCookieIsSecureHostOnlyAndOnlyThatNameSignsIn() {
        String token = DevstackTestResource.tokens().mint("op@000.00.00.H98", List.of("operator"), "000.00.00.H98",
                null, Duration.ofHours(1));
        Response signIn = given().redirects().follow(false).header("Origin", DashboardTest.ownOrigin())
                .formParam("token", token).post("/dashboard/sign-in");
        assertThat(signIn.statusCode()).isEqualTo(303);
        String cookie = signIn.header("Set-Cookie");
        assertThat(cookie).startsWith(COOKIE + "=" + token + ";");
        String attributes = cookie.substring(cookie.indexOf(';'));
        assertThat(attributes).contains("Secure", "HttpOnly", "SameSite=Strict").doesNotContain("Domain");
        assertThat(DashboardTest.attribute(cookie, "Path")).isEqualTo("/");
        assertThat(Long.parseLong(DashboardTest.attribute(cookie, "Max-Age"))).isBetween(3590L, 3600L);

        assertThat(given().cookie(COOKIE, token).get("/dashboard").statusCode()).isEqualTo(200);
        assertThat(given().cookie("motcua_session", token).redirects().follow(false).get("/dashboard").statusCode())
                .isEqualTo(401);
        Response out = given().redirects().follow(false).header("Origin", DashboardTest.ownOrigin())
                .cookie(COOKIE, token).post("/dashboard/sign-out");
        assertThat(out.header("Set-Cookie")).startsWith(COOKIE + "=;").contains("Secure", "Max-Age=0");
    }
}
