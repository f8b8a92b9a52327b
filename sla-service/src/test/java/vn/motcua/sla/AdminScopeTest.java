package vn.motcua.sla;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.events.Topics;

/**
 * sla-service's API writes nothing about a dossier (deadlines follow the lifecycle events) and keeps no reference
 * data: the admin reads everything, and its one write is an operations tool, the dead-letter replay.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "sla"))
class AdminScopeTest {

    @Test
    void adminReadsEveryAgencyAndReplaysDeadLetters() {
        String admin = Sla.admin();
        given().auth().oauth2(admin).queryParam("agency", "000.00.00.H56").get("/api/v1/overdue").then().statusCode(200);
        given().auth().oauth2(admin).queryParam("topic", Topics.DOSSIER_LIFECYCLE)
                .queryParam("eventId", UUID.randomUUID().toString())
                .when().post("/api/v1/admin/dead-letters/replay").then().statusCode(200).body("read", equalTo(0));
        given().auth().oauth2(DevstackTestResource.token("officer", "000.00.00.H56"))
                .queryParam("topic", Topics.DOSSIER_LIFECYCLE)
                .when().post("/api/v1/admin/dead-letters/replay").then().statusCode(403);
    }
}
