package vn.motcua.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.events.Topics;
import vn.motcua.testkit.ReceivedEvent;
import vn.motcua.testkit.TopicProbe;

/** POST /api/v1/dossiers/transitions: officers' actions in order, in one transaction, all or none. */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "processing"))
class TransitionBatchTest {
    private static final String TRANSITIONS = "/api/v1/dossiers/transitions";

    private static Map<String, Object> item(String code, String action, Map<String, ?> body) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("dossierCode", code);
        item.put("action", action);
        item.put("body", body);
        return item;
    }

    private static Map<String, Object> item(String code, String action) {
        return item(code, action, Fixtures.body(action));
    }

    private static ValidatableResponse post(RequestSpecification as, List<Map<String, Object>> items) {
        return as.body(Map.of("transitions", items)).post(TRANSITIONS).then();
    }

    @Test
    void actionsAreAppliedInOrderWithTheirEventsAndStatuses() {
        List<String> codes = Fixtures.receiveNew(2);
        String first = codes.get(0);
        String second = codes.get(1);
        Instant assigned = Instant.now().minus(Duration.ofDays(1));
        Map<String, Object> assign = new LinkedHashMap<>(Fixtures.body("assign"));
        assign.put("occurredAt", assigned.toString());

        post(Fixtures.officer(), List.of(item(first, "assign", assign), item(second, "assign"), item(first, "complete"),
                item(first, "return"), item(second, "supplement-requests"))).statusCode(200)
                .body("transitions", hasSize(5))
                .body("transitions.dossierCode", contains(first, second, first, first, second))
                .body("transitions.action", contains("assign", "assign", "complete", "return", "supplement-requests"))
                .body("transitions.status.code", contains(4, 4, 9, 10, 5));

        Fixtures.view(first).statusCode(200).body("status.code", equalTo(10))
                .body("history.action", contains("receive", "assign", "complete", "return"))
                .body("history[1].occurredAt", startsWith(assigned.atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                        .toLocalDate().toString()));
        Fixtures.view(second).statusCode(200).body("status.code", equalTo(5));
        try (TopicProbe probe = TopicProbe.of(DevstackTestResource.kafkaBootstrapServers(), Topics.DOSSIER_LIFECYCLE)) {
            List<ReceivedEvent> events = probe.await(TopicProbe.key(first), 4, Duration.ofSeconds(30));
            assertThat(events).extracting(ReceivedEvent::ceType).containsExactly("vn.motcua.dossier.received.v1",
                    "vn.motcua.dossier.processing-started.v1", "vn.motcua.dossier.processing-completed.v1",
                    "vn.motcua.dossier.result-returned.v1");
        }
    }

    @Test
    void anInvalidItemRefusesTheWholeBatchNamingIt() {
        String code = Fixtures.receiveNew();
        Map<String, Object> future = new LinkedHashMap<>(Fixtures.body("complete"));
        future.put("occurredAt", Instant.now().plus(Duration.ofDays(2)).toString());
        post(Fixtures.officer(), List.of(item(code, "assign"), item(code, "complete", future))).statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("transitions[1].body.occurredAt"));

        post(Fixtures.officer(), List.of(item(code, "assign"), item(Fixtures.newCode(), "assign"))).statusCode(422)
                .body("errors[0].field", equalTo("transitions[1].dossierCode"));
        post(Fixtures.officer(), List.of(item(code, "return"))).statusCode(409)
                .body("errors[0].field", equalTo("transitions[0].action"))
                .body("currentStatus.code", equalTo(2));
        post(Fixtures.officer(), List.of(item(code, "assign"), item(code, "complete", Map.of()))).statusCode(400)
                .body("errors[0].field", equalTo("transitions[1].body.resultReference"));
        post(Fixtures.officer(), List.of(item(code, "assign"), item(code, "return", Map.of("channel", "PIGEON"))))
                .statusCode(400).body("errors[0].field", equalTo("transitions[1].body.channel"));
        post(Fixtures.officer(), List.of(item(code, "approve", Map.of()))).statusCode(400)
                .body("errors[0].field", equalTo("transitions[0].action"));
        post(Fixtures.officer(), List.of(item(code, "complete", null))).statusCode(400)
                .body("errors[0].field", equalTo("transitions[0].body"));
        post(Fixtures.officer(), new ArrayList<>()).statusCode(400).body("errors[0].field", equalTo("transitions"));

        // none of the refused batches left a trace: the dossier is as received
        Fixtures.view(code).statusCode(200).body("status.code", equalTo(2)).body("history", hasSize(1));
    }

    @Test
    void onlyOfficersOfTheDecidingAgencyMayActInBulk() {
        String code = Fixtures.receiveNew();
        List<Map<String, Object>> items = List.of(item(code, "assign"));
        post(RestAssured.given().contentType(ContentType.JSON), items).statusCode(401);
        post(Fixtures.as("clerk", Fixtures.AGENCY), items).statusCode(403);
        // another agency's dossier is refused as an unknown one would be (no existence oracle)
        post(Fixtures.as("officer", Fixtures.OTHER_AGENCY), items).statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("transitions[0].dossierCode"));
        post(Fixtures.as("leader", Fixtures.AGENCY), items).statusCode(200).body("transitions[0].status.code", equalTo(4));
    }
}
