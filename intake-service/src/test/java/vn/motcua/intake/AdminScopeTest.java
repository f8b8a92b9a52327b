package vn.motcua.intake;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;

/** The admin reads everything and writes reference data (agencies, procedures, calendars), never a dossier. */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "intake"))
class AdminScopeTest {

    @Test
    void adminReceivesNoDossier() {
        String agency = TestData.createAgency(TestData.ROOT);
        String procedure = TestData.createProcedure(agency, 5, "WORKING_DAYS");
        Map<String, Object> receipt = TestData.dossier(procedure, agency);

        TestData.admin().body(receipt).post("/api/v1/dossiers").then().statusCode(403)
                .contentType(startsWith("application/problem+json")).body("status", equalTo(403));
        // the same receipt from the counter's clerk is taken: it is the role that is refused, not the body
        String code = TestData.as("clerk", agency).body(receipt).post("/api/v1/dossiers").then().statusCode(201)
                .extract().path("dossierCode");
        TestData.admin().get("/api/v1/dossiers/" + code).then().statusCode(200).body("dossierCode", equalTo(code));
    }

    @Test
    void adminWritesReferenceData() {
        String agency = TestData.createAgency(TestData.ROOT);
        Map<String, Object> renamed = TestData.agency(agency, "COMMUNE", TestData.ROOT);
        renamed.put("name", "Ủy ban nhân dân xã đổi tên");

        TestData.admin().body(renamed).put("/api/v1/agencies/" + agency).then().statusCode(200)
                .body("name", equalTo("Ủy ban nhân dân xã đổi tên"));
        TestData.as("clerk", agency).body(renamed).put("/api/v1/agencies/" + agency).then().statusCode(403);
    }
}
