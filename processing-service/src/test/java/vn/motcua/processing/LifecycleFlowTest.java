package vn.motcua.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
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
import vn.motcua.events.Channel;
import vn.motcua.events.EventTypes;
import vn.motcua.events.Topics;
import vn.motcua.events.lifecycle.ProcessingCompleted;
import vn.motcua.events.lifecycle.ProcessingStarted;
import vn.motcua.events.lifecycle.ResultReturned;
import vn.motcua.events.lifecycle.SupplementReceived;
import vn.motcua.events.lifecycle.SupplementRequested;
import vn.motcua.testkit.ReceivedEvent;
import vn.motcua.testkit.TopicProbe;

/** A dossier's whole life through REST, and the events read back from the real broker in order. */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "processing"))
class LifecycleFlowTest {

    @Test
    void receivedAssignedSupplementedCompletedReturned() {
        String code = Fixtures.receiveNew();

        Fixtures.act(code, "assign", Fixtures.body("assign")).statusCode(200)
                .body("status.code", equalTo(4))
                .body("currentStep.unitCode", equalTo(Fixtures.UNIT))
                .body("currentStep.officer", equalTo(Fixtures.OFFICER))
                .body("warnings", empty());
        Fixtures.act(code, "supplement-requests", Map.of("reason", "Thiếu tờ khai",
                "missingDocuments", List.of("Tờ khai yêu cầu cấp phiếu"))).statusCode(200)
                .body("status.code", equalTo(5))
                .body("status.label", equalTo("Yêu cầu bổ sung"))
                .body("allowedActions", contains("supplements", "refuse", "withdraw", "stop"));
        Fixtures.act(code, "supplements", Map.of()).statusCode(200).body("status.code", equalTo(4));
        Fixtures.act(code, "complete", Fixtures.body("complete")).statusCode(200)
                .body("status.code", equalTo(9))
                .body("resultReference", equalTo("LLTP-2025-000123"));
        Fixtures.act(code, "return", Fixtures.body("return")).statusCode(200)
                .body("status.code", equalTo(10))
                .body("status.name", equalTo("RETURNED"))
                .body("allowedActions", empty())
                .body("history", hasSize(6))
                .body("history.action", contains("receive", "assign", "supplement-requests", "supplements",
                        "complete", "return"))
                .body("history.toStatus.code", contains(2, 4, 5, 4, 9, 10))
                .body("history[1].recordedBy", equalTo(Fixtures.OFFICER));

        try (TopicProbe probe = TopicProbe.of(DevstackTestResource.kafkaBootstrapServers(), Topics.DOSSIER_LIFECYCLE)) {
            List<ReceivedEvent> events = probe.await(TopicProbe.key(code), 6, Duration.ofSeconds(30));
            assertThat(events).extracting(ReceivedEvent::ceType).containsExactly(
                    EventTypes.typeOf(vn.motcua.events.lifecycle.DossierReceived.class),
                    EventTypes.typeOf(ProcessingStarted.class), EventTypes.typeOf(SupplementRequested.class),
                    EventTypes.typeOf(SupplementReceived.class), EventTypes.typeOf(ProcessingCompleted.class),
                    EventTypes.typeOf(ResultReturned.class));
            for (ReceivedEvent e : events.subList(1, 6)) {
                assertThat(e.header("ce_source")).isEqualTo("/processing-service");
                assertThat(e.header("ce_subject")).isEqualTo(code);
                assertThat(e.header("ce_specversion")).isEqualTo("1.0");
                assertThat(e.header("ce_id")).isNotBlank();
                assertThat(e.header("content-type")).startsWith("application/json");
            }
            ProcessingStarted started = events.get(1).payloadAs(ProcessingStarted.class);
            assertThat(started.toUnitCode()).isEqualTo(Fixtures.UNIT);
            assertThat(started.toOfficer()).isEqualTo(Fixtures.OFFICER);
            assertThat(started.actor()).isEqualTo(Fixtures.OFFICER);
            assertThat(started.stepName()).isEqualTo("Thẩm định hồ sơ");
            SupplementRequested requested = events.get(2).payloadAs(SupplementRequested.class);
            assertThat(requested.requestNumber()).isEqualTo(1);
            assertThat(requested.missingDocuments()).containsExactly("Tờ khai yêu cầu cấp phiếu");
            assertThat(events.get(4).payloadAs(ProcessingCompleted.class).resultReference())
                    .isEqualTo("LLTP-2025-000123");
            assertThat(events.get(5).payloadAs(ResultReturned.class).channel()).isEqualTo(Channel.IN_PERSON);
            assertThat(events).allSatisfy(e -> assertThat(e.partition()).isEqualTo(events.get(0).partition()));
            assertThat(probe.settle(TopicProbe.key(code), Duration.ofMillis(500))).hasSize(6);
        }
    }
}
