package vn.motcua.intake;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;

/** With verified tokens cached (service-support's CachingJwtParser), a token changed after its first use is refused. */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "intake"))
class TokenCacheTest {

    @Test
    void aTokenAcceptedOnceIsRefusedWhenItsClaimsAreChanged() {
        String agency = TestData.createAgency(TestData.ROOT);
        String procedure = TestData.createProcedure(agency, 5, "WORKING_DAYS");
        String token = TestData.token("clerk", agency);
        TestData.bearer(token).body(TestData.dossier(procedure, agency)).post("/api/v1/dossiers").then().statusCode(201);
        TestData.bearer(token).body(TestData.dossier(procedure, agency)).post("/api/v1/dossiers").then().statusCode(201);

        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String asAdmin = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.replace("\"clerk\"", "\"admin\"").getBytes(StandardCharsets.UTF_8));
        String tampered = parts[0] + "." + asAdmin + "." + parts[2];

        TestData.bearer(tampered).get("/api/v1/agencies/" + agency).then().statusCode(401);
        TestData.bearer(token.substring(0, token.length() - 4) + "AAAA").get("/api/v1/agencies/" + agency).then()
                .statusCode(401);
    }
}
