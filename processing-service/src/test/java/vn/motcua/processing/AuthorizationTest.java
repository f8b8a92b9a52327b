package vn.motcua.processing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;

/** Who may act: the deciding agency's officers and leaders (or a parent agency's); admins read only; others 403, no token 401. */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "processing"))
class AuthorizationTest {

    @Test
    void withoutATokenNothingIsServed() {
        String code = Fixtures.receiveNew();
        // rejected by the HTTP permission on /api/* before JAX-RS runs (see README: body is empty there)
        given().get("/api/v1/dossiers/{code}", code).then().statusCode(401);
        given().contentType(ContentType.JSON).body(Fixtures.body("assign"))
                .post("/api/v1/dossiers/{code}/assign", code).then().statusCode(401);
    }

    @Test
    void anotherAgencysOfficerIsToldNothingExists() {
        String code = Fixtures.receiveNew();
        // the same answer as for a code never issued: no existence oracle
        String unknown = Fixtures.as("officer", Fixtures.OTHER_AGENCY).body(Fixtures.body("assign"))
                .post("/api/v1/dossiers/{code}/assign", "000.00.00.H56-250101-9999").then().statusCode(404)
                .extract().path("title");
        Fixtures.as("officer", Fixtures.OTHER_AGENCY).body(Fixtures.body("assign"))
                .post("/api/v1/dossiers/{code}/assign", code).then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("title", equalTo(unknown)).body("detail", equalTo("dossier " + code + " not found"));
        Fixtures.as("officer", Fixtures.OTHER_AGENCY).get("/api/v1/dossiers/{code}", code).then().statusCode(404)
                .body("detail", equalTo("dossier " + code + " not found"));
        Fixtures.view(code).body("status.code", equalTo(2)).body("history.size()", equalTo(1));
    }

    @Test
    void rolesThatOnlyReadCannotAct() {
        String code = Fixtures.receiveNew();
        Fixtures.as("clerk", Fixtures.RECEIVING).get("/api/v1/dossiers/{code}", code).then().statusCode(200);
        Fixtures.as("clerk", Fixtures.RECEIVING).body(Fixtures.body("assign"))
                .post("/api/v1/dossiers/{code}/assign", code).then().statusCode(403);
        Fixtures.as("operator", Fixtures.PROVINCE).get("/api/v1/dossiers/{code}", code).then().statusCode(200);
        Fixtures.as("operator", Fixtures.PROVINCE).body(Fixtures.body("assign"))
                .post("/api/v1/dossiers/{code}/assign", code).then().statusCode(403);
    }

    @Test
    void leadersOfTheAgencyOrAParentAgencyMayActAdminsMayNot() {
        String code = Fixtures.receiveNew();
        Fixtures.as("leader", Fixtures.PROVINCE).body(Fixtures.body("assign"))
                .post("/api/v1/dossiers/{code}/assign", code).then().statusCode(200).body("status.code", equalTo(4));
        Fixtures.as("leader", Fixtures.AGENCY).body(Fixtures.body("fee-requests"))
                .post("/api/v1/dossiers/{code}/fee-requests", code).then().statusCode(200);
        Fixtures.as("admin", "000.00.00.G01").body(java.util.Map.of())
                .post("/api/v1/dossiers/{code}/fee-payments", code).then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
        Fixtures.as("leader", Fixtures.AGENCY).body(java.util.Map.of())
                .post("/api/v1/dossiers/{code}/fee-payments", code).then().statusCode(200).body("status.code", equalTo(4));
    }
}
