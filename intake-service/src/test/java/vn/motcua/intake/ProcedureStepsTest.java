package vn.motcua.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.events.PlannedStep;
import vn.motcua.events.Topics;
import vn.motcua.events.lifecycle.DossierReceived;
import vn.motcua.testkit.TopicProbe;

/** A procedure's step plan (issue 17): kept per version, its total bounded by the processing time, carried on receipt. */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "intake"))
class ProcedureStepsTest {

    private static Map<String, Object> step(String name, String unit, Object amount) {
        Map<String, Object> step = new java.util.LinkedHashMap<>();
        step.put("name", name);
        step.put("unitCode", unit);
        step.put("amount", amount);
        return step;
    }

    private static Map<String, Object> withSteps(String code, String agency, int amount, List<Map<String, Object>> steps) {
        Map<String, Object> body = TestData.procedure(code, agency, amount, "WORKING_DAYS", List.of());
        body.put("steps", steps);
        return body;
    }

    @Test
    void thePlanIsKeptAndTravelsWithTheReceipt() {
        String agency = TestData.createAgency(TestData.ROOT);
        String code = TestData.uniqueProcedureCode();
        TestData.admin().body(withSteps(code, agency, 5, List.of(step("Thẩm định", agency + ".01", 3),
                step("Phê duyệt", null, 2)))).post("/api/v1/procedures").then().statusCode(201)
                .body("steps", hasSize(2)).body("steps[0].name", equalTo("Thẩm định"))
                .body("steps[0].unitCode", equalTo(agency + ".01")).body("steps[1].amount", equalTo(2));
        TestData.as("officer", agency).get("/api/v1/procedures/" + code).then().statusCode(200)
                .body("steps[1].name", equalTo("Phê duyệt"));

        String dossier = TestData.as("clerk", agency).body(TestData.dossier(code, agency)).post("/api/v1/dossiers")
                .then().statusCode(201).extract().path("dossierCode");
        try (TopicProbe probe = TopicProbe.of(DevstackTestResource.kafkaBootstrapServers(), Topics.DOSSIER_LIFECYCLE)) {
            DossierReceived event = probe.awaitOne(TopicProbe.keyAndType(dossier, "vn.motcua.dossier.received.v1"),
                    Duration.ofSeconds(30)).payloadAs(DossierReceived.class);
            assertThat(event.steps()).containsExactly(new PlannedStep("Thẩm định", agency + ".01", 3),
                    new PlannedStep("Phê duyệt", null, 2));
        }
    }

    @Test
    void aProcedureWithoutStepsHasAnEmptyPlan() {
        String agency = TestData.createAgency(TestData.ROOT);
        String code = TestData.createProcedure(agency, 3, "WORKING_DAYS");
        TestData.as("officer", agency).get("/api/v1/procedures/" + code).then().statusCode(200).body("steps", hasSize(0));
    }

    @Test
    void stepsMayNotAddUpToMoreThanTheProcessingTime() {
        String agency = TestData.createAgency(TestData.ROOT);
        TestData.admin().body(withSteps(TestData.uniqueProcedureCode(), agency, 5,
                List.of(step("Thẩm định", null, 4), step("Phê duyệt", null, 2)))).post("/api/v1/procedures")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("steps"))
                .body("errors[0].message", containsString("add up to 6 WORKING_DAYS, more than the processing time of 5"));

        Map<String, Object> online = withSteps(TestData.uniqueProcedureCode(), agency, 5, List.of(step("Thẩm định", null, 4)));
        online.put("onlineProcessingTime", Map.of("amount", 3, "unit", "WORKING_DAYS"));
        TestData.admin().body(online).post("/api/v1/procedures").then().statusCode(400)
                .body("errors[0].field", equalTo("steps")).body("errors[0].message", containsString("online"));

        String code = TestData.createProcedure(agency, 5, "WORKING_DAYS");
        Map<String, Object> v2 = withSteps(code, agency, 5, List.of(step("Thẩm định", null, 6)));
        TestData.admin().body(v2).put("/api/v1/procedures/" + code).then().statusCode(400)
                .body("errors[0].field", equalTo("steps"));
    }

    @Test
    void badStepsAre400NamingTheField() {
        String agency = TestData.createAgency(TestData.ROOT);
        TestData.admin().body(withSteps(TestData.uniqueProcedureCode(), agency, 5, List.of(step(" ", null, 1))))
                .post("/api/v1/procedures").then().statusCode(400).body("errors[0].field", equalTo("steps[0].name"));
        TestData.admin().body(withSteps(TestData.uniqueProcedureCode(), agency, 5, List.of(step("Thẩm định", null, 0))))
                .post("/api/v1/procedures").then().statusCode(400).body("errors[0].field", equalTo("steps[0].amount"));
        TestData.admin().body(withSteps(TestData.uniqueProcedureCode(), agency, 5,
                List.of(step("Thẩm định", "phòng một", 1)))).post("/api/v1/procedures").then().statusCode(400)
                .body("errors[0].field", equalTo("steps[0].unitCode"));
    }
}
