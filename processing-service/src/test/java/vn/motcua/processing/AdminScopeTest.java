package vn.motcua.processing;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.events.Topics;

/**
 * The admin reads every dossier but changes none (no action, alone or in a batch); processing keeps no reference
 * data, and the operations tools (dead-letter replay, the test clock) stay the admin's.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "processing"))
class AdminScopeTest {
    private static final String ADMIN_AGENCY = "000.00.00.G01";

    @Test
    void adminActsOnNoDossier() {
        String code = Fixtures.receiveNew();
        Fixtures.as("admin", ADMIN_AGENCY).body(Fixtures.body("assign"))
                .post("/api/v1/dossiers/{code}/assign", code).then().statusCode(403)
                .contentType(startsWith("application/problem+json")).body("status", equalTo(403));
        Map<String, Object> batch = Map.of("transitions",
                List.of(Map.of("dossierCode", code, "action", "assign", "body", Fixtures.body("assign"))));
        Fixtures.as("admin", ADMIN_AGENCY).body(batch).post("/api/v1/dossiers/transitions").then().statusCode(403);

        Fixtures.as("admin", ADMIN_AGENCY).get("/api/v1/dossiers/{code}", code).then().statusCode(200)
                .body("status.code", equalTo(2)).body("history.size()", equalTo(1));
    }

    @Test
    void adminReplaysDeadLetters() {
        Fixtures.as("admin", ADMIN_AGENCY).queryParam("topic", Topics.DOSSIER_LIFECYCLE)
                .queryParam("eventId", UUID.randomUUID().toString())
                .post("/api/v1/admin/dead-letters/replay").then().statusCode(200)
                .body("topic", equalTo(Topics.DOSSIER_LIFECYCLE)).body("read", equalTo(0));
    }
}
