package vn.motcua.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.OfficialCalendars;
import vn.motcua.calendar.WorkingTimeUnit;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.events.EventTypes;
import vn.motcua.events.LateCause;
import vn.motcua.events.PlannedStep;
import vn.motcua.events.Topics;
import vn.motcua.events.lifecycle.StepLateCauseRecorded;
import vn.motcua.testkit.TopicProbe;

/** Issue 17: a hand-over without its own deadline takes its planned step's; an officer records why a late step was late. */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "processing"))
class StepPlanTest {
    private static final List<PlannedStep> PLAN = List.of(new PlannedStep("Thẩm định hồ sơ", Fixtures.UNIT, 2),
            new PlannedStep("Phê duyệt", null, 1));

    @Test
    void aHandOverWithoutDeadlineTakesItsPlannedStepsTimeOnTheCalendar() {
        String code = Fixtures.receive(Fixtures.received(Fixtures.newCode()).withSteps(PLAN));
        Instant at = Instant.now().minus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS);
        Instant due = OfficialCalendars.calendar("vn-national").due(at, 2, WorkingTimeUnit.WORKING_DAYS);
        // the name matches the plan's whatever its case and spacing
        String stepDue = Fixtures.act(code, "assign", Map.of("unitCode", Fixtures.UNIT, "officer", Fixtures.OFFICER,
                "stepName", "  thẩm   định hồ sơ ", "occurredAt", at.toString())).statusCode(200)
                .extract().path("currentStep.stepDueAt");
        assertThat(OffsetDateTime.parse(stepDue).toInstant()).isEqualTo(due);
        String sheetDue = Fixtures.view(code).extract().path("controlSheet[0].stepDueAt");
        assertThat(OffsetDateTime.parse(sheetDue).toInstant()).isEqualTo(due);

        // a step the plan does not name is due at the appointment, as before plans
        Fixtures.act(code, "assign", Map.of("unitCode", Fixtures.UNIT, "officer", Fixtures.OFFICER,
                "stepName", "Xin ý kiến")).statusCode(200)
                .body("currentStep.stepDueAt", equalTo(Fixtures.view(code).extract().path("currentDueAt")));
    }

    @Test
    void anOfficerRecordsTheCauseOfALateStepOnly() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String code = Fixtures.receive(Fixtures.received(Fixtures.newCode(), now.minus(Duration.ofDays(10)),
                now.plus(Duration.ofDays(5))).withSteps(PLAN));
        Fixtures.actAsLeader(code, "assign", Map.of("unitCode", Fixtures.UNIT, "officer", Fixtures.OFFICER,
                "stepName", "Thẩm định hồ sơ", "stepDueAt", now.minus(Duration.ofDays(8)).toString(),
                "occurredAt", now.minus(Duration.ofDays(9)).toString())).statusCode(200);
        Fixtures.actAsLeader(code, "assign", Map.of("unitCode", Fixtures.UNIT, "officer", Fixtures.OFFICER,
                "stepName", "Phê duyệt", "stepDueAt", now.plus(Duration.ofDays(2)).toString(),
                "occurredAt", now.minus(Duration.ofDays(6)).toString())).statusCode(200);

        cause(code, 2, Map.of("cause", "SUBJECTIVE", "explanation", "Chưa xử lý")).statusCode(409)
                .contentType("application/problem+json").body("errors[0].field", equalTo("seq"))
                .body("detail", containsString("not late"));
        cause(code, 1, Map.of("cause", "LAZY", "explanation", "x")).statusCode(400);
        cause(code, 1, Map.of("cause", "OBJECTIVE", "explanation", " ")).statusCode(400)
                .body("errors[0].field", equalTo("explanation"));
        cause(code, 1, Map.of("cause", "OBJECTIVE")).statusCode(400).body("errors[0].field", equalTo("explanation"));
        cause(code, 7, Map.of("cause", "OBJECTIVE", "explanation", "x")).statusCode(404);
        Fixtures.view(code).body("controlSheet[0].lateCause", nullValue());

        try (TopicProbe probe = TopicProbe.of(DevstackTestResource.kafkaBootstrapServers(), Topics.DOSSIER_LIFECYCLE)) {
            cause(code, 1, Map.of("cause", "OBJECTIVE", "explanation", "Chờ ý kiến của cơ quan thuế")).statusCode(200)
                    .body("controlSheet[0].outcome", equalTo("LATE"))
                    .body("controlSheet[0].lateCause.cause", equalTo("OBJECTIVE"))
                    .body("controlSheet[0].lateCause.label", equalTo("Khách quan"))
                    .body("controlSheet[0].lateCause.explanation", equalTo("Chờ ý kiến của cơ quan thuế"))
                    .body("controlSheet[0].lateCause.recordedBy", equalTo(Fixtures.OFFICER))
                    .body("controlSheet[1].lateCause", nullValue());
            StepLateCauseRecorded e = probe.awaitOne(TopicProbe.keyAndType(code,
                    EventTypes.typeOf(StepLateCauseRecorded.class)), Duration.ofSeconds(30))
                    .payloadAs(StepLateCauseRecorded.class);
            assertThat(e.stepSeq()).isEqualTo(1);
            assertThat(e.stepName()).isEqualTo("Thẩm định hồ sơ");
            assertThat(e.unitCode()).isEqualTo(Fixtures.UNIT);
            assertThat(e.officer()).isEqualTo(Fixtures.OFFICER);
            assertThat(e.cause()).isEqualTo(LateCause.OBJECTIVE);
            assertThat(e.actor()).isEqualTo(Fixtures.OFFICER);
        }
        // a later record replaces the cause; the printable sheet shows it
        cause(code, 1, Map.of("cause", "SUBJECTIVE", "explanation", "Chuyên viên nghỉ phép không bàn giao"))
                .statusCode(200).body("controlSheet[0].lateCause.cause", equalTo("SUBJECTIVE"));
        String html = Fixtures.officer().accept("text/html").get("/api/v1/dossiers/{code}", code).then()
                .statusCode(200).extract().asString();
        assertThat(html).contains("Nguyên nhân trễ hạn", "Chủ quan: Chuyên viên nghỉ phép không bàn giao");
        // another agency's officer cannot
        Fixtures.as("officer", Fixtures.OTHER_AGENCY).body(Map.of("cause", "OBJECTIVE", "explanation", "x"))
                .post("/api/v1/dossiers/{code}/steps/1/late-cause", code).then().statusCode(404);
    }

    private static io.restassured.response.ValidatableResponse cause(String code, int seq, Map<String, ?> body) {
        return Fixtures.officer().body(body).post("/api/v1/dossiers/{code}/steps/{seq}/late-cause", code, seq).then();
    }
}
