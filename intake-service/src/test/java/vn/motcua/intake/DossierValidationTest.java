package vn.motcua.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.events.Topics;
import vn.motcua.testkit.TopicProbe;

/**
 * Every rule of a receipt, broken one at a time: a 4xx problem+json naming the field and the rule. All of
 * them target one fresh agency; the last test proves that none left a dossier, a sequence number or an event.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "intake"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DossierValidationTest {
    private static String agency;
    private static String procedure;

    private static synchronized void setUp() {
        if (agency == null) {
            agency = TestData.createAgency(TestData.ROOT);
            procedure = TestData.createProcedure(agency, 5, "WORKING_DAYS");
        }
    }

    private static ValidatableResponse post(Consumer<Map<String, Object>> change) {
        setUp();
        Map<String, Object> body = TestData.dossier(procedure, agency);
        change.accept(body);
        return TestData.as("clerk", agency).body(body).post("/api/v1/dossiers").then()
                .contentType("application/problem+json");
    }

    private static void rejects(int status, String field, String message, Consumer<Map<String, Object>> change) {
        post(change).statusCode(status).body("status", equalTo(status))
                .body("errors.field", hasItem(field))
                .body("errors.message", hasItem(containsString(message)));
    }

    @Test
    void unknownOrMalformedProcedure() {
        rejects(422, "procedureCode", "unknown procedure 9.999999", b -> b.put("procedureCode", "9.999999"));
        rejects(400, "procedureCode", "must be a procedure code", b -> b.put("procedureCode", "1-000948"));
    }

    @Test
    void unknownInactiveOrForeignReceivingAgency() {
        setUp();
        rejects(422, "receivingAgencyCode", "unknown agency", b -> b.put("receivingAgencyCode", "999.99.99.Z99"));
        rejects(400, "receivingAgencyCode", "QCVN 102", b -> b.put("receivingAgencyCode", "H56/17"));
        String inactive = TestData.createAgency(agency);
        Map<String, Object> deactivate = TestData.agency(inactive, "COMMUNE", agency);
        deactivate.put("active", false);
        TestData.admin().body(deactivate).put("/api/v1/agencies/" + inactive).then().statusCode(200);
        TestData.as("clerk", inactive).body(TestData.dossier(procedure, inactive)).post("/api/v1/dossiers").then()
                .statusCode(422).body("errors[0].field", equalTo("receivingAgencyCode"))
                .body("errors[0].message", containsString("inactive"));
        String other = TestData.createAgency(TestData.ROOT);
        TestData.as("clerk", other).body(TestData.dossier(procedure, agency)).post("/api/v1/dossiers").then()
                .statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("outside your agency " + other));
    }

    @Test
    void receivedAtNeitherInTheFutureNorTooOld() {
        rejects(400, "receivedAt", "must not be in the future",
                b -> b.put("receivedAt", OffsetDateTime.now(ZoneOffset.UTC).plusHours(2).toString()));
        rejects(400, "receivedAt", "must not be more than 30 days in the past",
                b -> b.put("receivedAt", OffsetDateTime.now(ZoneOffset.UTC).minusDays(31).toString()));
        rejects(400, "receivedAt", "not a valid", b -> b.put("receivedAt", "yesterday"));
    }

    @Test
    void personalIdTaxCodePhoneAndEmailShapes() {
        rejects(400, "applicant.idNumber", "province code 001-096", b -> TestData.applicant(b).put("idNumber", "097190012345"));
        rejects(400, "applicant.idNumber", "century/gender digit 0-5", b -> TestData.applicant(b).put("idNumber", "079690012345"));
        rejects(400, "applicant.idNumber", "12-digit", b -> TestData.applicant(b).put("idNumber", "07919001234"));
        rejects(400, "applicant.idNumber", "exactly one of idNumber", b -> TestData.applicant(b).remove("idNumber"));
        rejects(400, "applicant.idNumber", "exactly one of idNumber", b -> TestData.applicant(b).put("taxCode", "3600252847"));
        rejects(400, "applicant.taxCode", "10 digits or 10-3", b -> {
            TestData.applicant(b).remove("idNumber");
            TestData.applicant(b).put("taxCode", "36002528");
        });
        rejects(400, "applicant.phone", "0xxxxxxxxx or +84xxxxxxxxx", b -> TestData.applicant(b).put("phone", "912345678"));
        rejects(400, "applicant.phone", "0xxxxxxxxx or +84xxxxxxxxx", b -> TestData.applicant(b).put("phone", "+8491234567"));
        rejects(400, "applicant.email", "must be an e-mail address", b -> TestData.applicant(b).put("email", "ngoc@"));
        rejects(400, "applicant.preferredChannel", "EMAIL needs an email", b -> {
            TestData.applicant(b).remove("email");
            TestData.applicant(b).put("preferredChannel", "EMAIL");
        });
        rejects(400, "authorisedPerson.idNumber", "must not be blank", b -> b.put("authorisedPerson",
                Map.of("fullName", "Trần Văn Bình", "phone", "0987654321", "address", "Xã Lộc Ninh")));
    }

    @Test
    void requiredFieldsAndMaximumLengths() {
        rejects(400, "applicant.fullName", "size must be between 0 and 200", b -> TestData.applicant(b).put("fullName", "Đ".repeat(201)));
        rejects(400, "applicant.address", "size must be between 0 and 500", b -> TestData.applicant(b).put("address", "x".repeat(501)));
        rejects(400, "documents[0].name", "size must be between 0 and 500",
                b -> b.put("documents", List.of(TestData.document("d".repeat(501), true, 1))));
        rejects(400, "documents[0].quantity", "must be greater than or equal to 1",
                b -> b.put("documents", List.of(TestData.document("Tờ khai", true, 0))));
        rejects(400, "applicant.fullName", "must not be blank", b -> TestData.applicant(b).put("fullName", " "));
        rejects(400, "channel", "must not be null", b -> b.remove("channel"));
        rejects(400, "applicant", "must not be null", b -> b.remove("applicant"));
    }

    @Test
    void documentsRequiredByTheProcedure() {
        rejects(422, "documents", "requires 1 document(s)", b -> b.put("documents", List.of()));
    }

    @Test
    void unknownFieldsAndWrongTypes() {
        rejects(400, "applicant.nickname", "unknown field 'nickname'", b -> TestData.applicant(b).put("nickname", "Ngọc"));
        rejects(400, "channel", "FAX", b -> b.put("channel", "FAX"));
        rejects(400, "documents[0].quantity", "", b -> b.put("documents", List.of(Map.of("name", "Tờ khai", "original", true,
                "quantity", "một"))));
        setUp();
        TestData.as("clerk", agency).body("{\"procedureCode\": ").post("/api/v1/dossiers").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void rolesTokensAndBodySize() {
        setUp();
        TestData.as("officer", agency).body(TestData.dossier(procedure, agency)).post("/api/v1/dossiers").then()
                .statusCode(403).contentType("application/problem+json");
        given().contentType("application/json").body(TestData.dossier(procedure, agency)).post("/api/v1/dossiers")
                .then().statusCode(401);
        Map<String, Object> huge = TestData.dossier(procedure, agency);
        TestData.applicant(huge).put("address", "x".repeat(2_200_000)); // over the 2 MB an import of 1,000 may need
        // the server refuses on Content-Length; without waiting for 100 Continue the client may still be writing
        // the body when the connection closes (broken pipe)
        TestData.as("clerk", agency).header("Expect", "100-continue").body(huge).post("/api/v1/dossiers").then()
                .statusCode(413);
    }

    @Test
    void reusedIdempotencyKeyWithAnotherBody() {
        // an agency of its own: this test keeps a dossier, which the last test's agency must not have
        String other = TestData.createAgency(TestData.ROOT);
        String otherProcedure = TestData.createProcedure(other, 1, "WORKING_DAYS");
        String key = "validation-" + System.nanoTime();
        Map<String, Object> first = TestData.dossier(otherProcedure, other);
        TestData.applicant(first).put("idNumber", "0790");
        TestData.as("clerk", other).header("Idempotency-Key", key).body(first).post("/api/v1/dossiers").then().statusCode(400);
        // the rejected request did not keep the key: it may be used again, but a new body under a used key is refused
        TestData.as("clerk", other).header("Idempotency-Key", key).body(TestData.dossier(otherProcedure, other))
                .post("/api/v1/dossiers").then().statusCode(201);
        Map<String, Object> another = TestData.dossier(otherProcedure, other);
        TestData.applicant(another).put("phone", "0987654321");
        TestData.as("clerk", other).header("Idempotency-Key", key).body(another)
                .post("/api/v1/dossiers").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"))
                .body("errors[0].message", containsString("different request body"));
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void rejectedRequestsLeftNothingBehind() {
        setUp();
        try (TopicProbe probe = TopicProbe.of(DevstackTestResource.kafkaBootstrapServers(), Topics.DOSSIER_LIFECYCLE)) {
            assertThat(probe.settle(r -> r.key() != null && r.key().startsWith(agency + "-"), Duration.ofSeconds(3))).isEmpty();
        }
        // no sequence number was used up: the first accepted dossier of the agency is -0001
        TestData.as("clerk", agency).body(TestData.dossier(procedure, agency)).post("/api/v1/dossiers").then()
                .statusCode(201).body("dossierCode", endsWith("-0001"));
    }
}
