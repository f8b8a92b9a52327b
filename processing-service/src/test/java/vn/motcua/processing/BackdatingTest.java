package vn.motcua.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.events.EventTypes;
import vn.motcua.events.Topics;
import vn.motcua.events.lifecycle.ProcessingStarted;
import vn.motcua.testkit.ReceivedEvent;
import vn.motcua.testkit.TopicProbe;

/**
 * Work recorded late (issue 20): beyond 2 working days after it happened an action needs a leader; operators list
 * such actions; the event says when it happened ({@code time}, occurredAt) and when it was recorded ({@code recordedat}).
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "processing"))
class BackdatingTest {
    private static final String RULE = "an action recorded more than 2 working days after it happened needs a leader";

    @Test
    void anOfficerRecordingBeyondTheWindowIsForbiddenAndNothingIsWritten() {
        String code = receivedWeeksAgo();
        Fixtures.act(code, "assign", with("assign", "occurredAt", Instant.now().minus(Duration.ofDays(15))))
                .statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(403))
                .body("rule", equalTo(RULE))
                .body("errors[0].field", equalTo("occurredAt"))
                .body("errors[0].message", containsString(RULE));
        Fixtures.view(code).body("status.code", equalTo(2)).body("history.size()", equalTo(1));
    }

    @Test
    void theRefusalNamesTheActionsOwnTimeField() {
        String code = receivedWeeksAgo();
        Instant assigned = Instant.now().minus(Duration.ofDays(16));
        leader().body(with("assign", "occurredAt", assigned)).post("/api/v1/dossiers/{code}/assign", code).then()
                .statusCode(200);
        leader().body(with("supplement-requests", "occurredAt", assigned.plusSeconds(60)))
                .post("/api/v1/dossiers/{code}/supplement-requests", code).then().statusCode(200);
        Fixtures.act(code, "supplements", Map.of("receivedAt", assigned.plus(Duration.ofDays(1)).toString()))
                .statusCode(403).body("errors[0].field", equalTo("receivedAt")).body("rule", equalTo(RULE));
        Fixtures.view(code).body("status.code", equalTo(5)).body("history.size()", equalTo(3));
    }

    @Test
    void inABatchTheRefusalNamesTheItemAndNothingIsWritten() {
        String first = receivedWeeksAgo();
        String second = receivedWeeksAgo();
        Fixtures.officer().body(Map.of("transitions", List.of(
                Map.of("dossierCode", first, "action", "assign", "body", Fixtures.body("assign")),
                Map.of("dossierCode", second, "action", "assign",
                        "body", with("assign", "occurredAt", Instant.now().minus(Duration.ofDays(10)))))))
                .post("/api/v1/dossiers/transitions").then().statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("transitions[1].body.occurredAt")).body("rule", equalTo(RULE));
        Fixtures.view(first).body("status.code", equalTo(2)).body("history.size()", equalTo(1));
    }

    @Test
    void anOfficerWithinTheWindowIsAcceptedAsBefore() {
        String code = receivedWeeksAgo();
        Fixtures.act(code, "assign", with("assign", "occurredAt", Instant.now().minus(Duration.ofHours(1))))
                .statusCode(200).body("status.code", equalTo(4));
    }

    @Test
    void aLeaderBeyondTheWindowIsAcceptedListedAndTheEventCarriesBothTimes() {
        String code = receivedWeeksAgo();
        Instant assigned = Instant.parse(Instant.now().minus(Duration.ofDays(15)).toString().substring(0, 19) + "Z");
        JsonPath dossier = leader().body(with("assign", "occurredAt", assigned))
                .post("/api/v1/dossiers/{code}/assign", code).then().statusCode(200)
                .body("status.code", equalTo(4)).extract().jsonPath();
        Instant recordedAt = OffsetDateTime.parse(dossier.getString("history[1].recordedAt")).toInstant();
        assertThat(OffsetDateTime.parse(dossier.getString("history[1].occurredAt")).toInstant()).isEqualTo(assigned);

        try (TopicProbe probe = TopicProbe.of(DevstackTestResource.kafkaBootstrapServers(), Topics.DOSSIER_LIFECYCLE)) {
            ReceivedEvent started = probe.awaitOne(TopicProbe.keyAndType(code,
                    EventTypes.typeOf(ProcessingStarted.class)), Duration.ofSeconds(30));
            assertThat(Instant.parse(started.header("ce_recordedat"))).isEqualTo(recordedAt);
            assertThat(OffsetDateTime.parse(started.header("ce_time")).toInstant()).isEqualTo(assigned);
            assertThat(started.payloadAs(ProcessingStarted.class).occurredAt()).isEqualTo(assigned);
        }

        JsonPath late = Fixtures.as("operator", Fixtures.PROVINCE).queryParam("agency", Fixtures.AGENCY)
                .queryParam("size", 100).get("/api/v1/admin/late-recorded").then().statusCode(200)
                .body("windowWorkingDays", equalTo(2)).body("total", greaterThan(0)).extract().jsonPath();
        List<Map<String, Object>> mine = late.<Map<String, Object>>getList("items").stream()
                .filter(i -> code.equals(i.get("dossierCode"))).toList();
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0)).containsEntry("action", "assign")
                .containsEntry("recordedBy", "leader." + Fixtures.AGENCY + "@motcua.test");
        assertThat(OffsetDateTime.parse((String) mine.get(0).get("occurredAt")).toInstant()).isEqualTo(assigned);
        assertThat(OffsetDateTime.parse((String) mine.get(0).get("recordedAt")).toInstant()).isEqualTo(recordedAt);
        assertThat((Integer) mine.get(0).get("workingDaysLate")).isGreaterThan(2);
        assertThat(late.getString("items[0].recordedAt")).endsWith("+07:00");

        // the leader of the agency sees it; another agency's leader does not; an officer may not ask
        assertThat(Fixtures.as("leader", Fixtures.AGENCY).queryParam("size", 100).get("/api/v1/admin/late-recorded")
                .then().statusCode(200).extract().jsonPath().getList("items.dossierCode")).contains(code);
        assertThat(Fixtures.as("leader", Fixtures.OTHER_AGENCY).queryParam("size", 100)
                .get("/api/v1/admin/late-recorded").then().statusCode(200).extract().jsonPath()
                .getList("items.dossierCode")).doesNotContain(code);
        Fixtures.officer().get("/api/v1/admin/late-recorded").then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void actionsRecordedInTimeAreNotListed() {
        String code = receivedWeeksAgo();
        Fixtures.drive(code, List.of("assign"));
        assertThat(Fixtures.as("admin", Fixtures.PROVINCE).queryParam("size", 100).get("/api/v1/admin/late-recorded")
                .then().statusCode(200).extract().jsonPath().getList("items.dossierCode")).doesNotContain(code);
    }

    @Test
    void badPeriodsAre400NamingTheField() {
        Fixtures.as("operator", Fixtures.PROVINCE).queryParam("from", "2026-13-01").get("/api/v1/admin/late-recorded")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("from"));
        Fixtures.as("operator", Fixtures.PROVINCE).queryParam("to", "yesterday").get("/api/v1/admin/late-recorded")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        Fixtures.as("operator", Fixtures.PROVINCE).queryParam("from", "2026-03-02").queryParam("to", "2026-03-01")
                .get("/api/v1/admin/late-recorded").then().statusCode(400).body("errors[0].field", equalTo("from"));
        Fixtures.as("operator", Fixtures.PROVINCE).queryParam("size", 0).get("/api/v1/admin/late-recorded")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    /** Received three weeks ago, due in five days: an officer may date work back as far as the receipt. */
    private static String receivedWeeksAgo() {
        Instant now = Instant.now();
        return Fixtures.receive(Fixtures.received(Fixtures.newCode(), now.minus(Duration.ofDays(21)),
                now.plus(Duration.ofDays(5))));
    }

    private static io.restassured.specification.RequestSpecification leader() {
        return Fixtures.as("leader", Fixtures.AGENCY);
    }

    private static Map<String, Object> with(String action, String field, Instant at) {
        Map<String, Object> body = new HashMap<>(Fixtures.body(action));
        body.put(field, at.toString());
        return body;
    }
}
