package vn.motcua.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.events.Topics;
import vn.motcua.notification.support.TestDossier;

/**
 * The admin keeps the staff directory (reference data) and the operations tools; notices are written by the service
 * alone (no one may write one through the API), the admin reads them.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
class AdminScopeTest {

    @Test
    void adminWritesTheStaffDirectory() {
        String agency = "000.00." + (10 + (int) (Math.random() * 89)) + ".T" + (10 + (int) (Math.random() * 89));
        String leader = "giam.doc@" + agency.toLowerCase() + ".motcua.local";
        given().auth().oauth2(DevstackTestResource.token("admin", TestDossier.PROVINCE)).contentType("application/json")
                .body(Map.of("leaderEmail", leader)).when().put("/api/v1/agencies/" + agency + "/contacts").then()
                .statusCode(200).body("leaderEmail", equalTo(leader));
        given().auth().oauth2(DevstackTestResource.token("leader", agency)).contentType("application/json")
                .body(Map.of("leaderEmail", leader)).when().put("/api/v1/agencies/" + agency + "/contacts").then()
                .statusCode(403);
    }

    @Test
    void adminReplaysDeadLettersAndWritesNoNotice() {
        String admin = DevstackTestResource.token("admin", TestDossier.PROVINCE);
        given().auth().oauth2(admin).queryParam("topic", Topics.DOSSIER_LIFECYCLE)
                .queryParam("eventId", UUID.randomUUID().toString())
                .when().post("/api/v1/admin/dead-letters/replay").then().statusCode(200).body("read", equalTo(0));
        given().auth().oauth2(admin).contentType("application/json").body(Map.of("dossierCode", "X"))
                .when().post("/api/v1/notices").then().statusCode(405);
    }
}
