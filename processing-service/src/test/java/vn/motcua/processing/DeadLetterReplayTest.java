package vn.motcua.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.events.EventJson;
import vn.motcua.events.EventTypes;
import vn.motcua.events.Topics;
import vn.motcua.events.lifecycle.DossierReceived;
import vn.motcua.testkit.EventWriter;
import vn.motcua.testkit.ReceivedEvent;
import vn.motcua.testkit.TopicProbe;

/**
 * Dead letters: a record that is no event is dead-lettered with this service's group named; an operator lists the
 * group's letters and replays them — a receipt that had been dead-lettered (e.g. while a bug was being fixed) opens
 * its case once, and replaying again changes nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "processing"))
class DeadLetterReplayTest {
    static final String LIFECYCLE = Topics.DOSSIER_LIFECYCLE;

    @Test
    void aDecodeErrorIsDeadLetteredNamingTheGroup() {
        String key = "poison-" + UUID.randomUUID();
        try (TopicProbe dlq = TopicProbe.of(DevstackTestResource.kafkaBootstrapServers(), Topics.deadLetter(LIFECYCLE))) {
            Fixtures.writer().sendGarbage(LIFECYCLE, key, "{not a cloud event");
            ReceivedEvent dead = dlq.awaitOne(TopicProbe.key(key), Duration.ofSeconds(30));
            assertThat(dead.header("dlq-consumer-group")).isEqualTo("processing-service");
            // the root cause's words (service-support's DeadLetters sends the root cause, not its "not a CloudEvent")
            assertThat(dead.header("dlq-error")).containsAnyOf("not a CloudEvent", "Could not parse");
        }
    }

    @Test
    void aDeadLetteredReceiptIsReplayedOnceAndReplayingAgainChangesNothing() {
        String code = Fixtures.newCode();
        DossierReceived received = Fixtures.received(code);
        UUID eventId = UUID.randomUUID();
        ProducerRecord<String, byte[]> dead = EventWriter.record(Topics.deadLetter(LIFECYCLE), code,
                EventTypes.typeOf(DossierReceived.class), EventJson.write(received), eventId);
        header(dead, "dlq-error", "could not execute statement");
        header(dead, "dlq-original-topic", LIFECYCLE);
        header(dead, "dlq-consumer-group", "processing-service");
        Fixtures.writer().sendTogether(List.of(dead));
        // a letter another service's group wrote is not this service's to replay
        ProducerRecord<String, byte[]> others = EventWriter.record(Topics.deadLetter(LIFECYCLE), "other-" + code,
                EventTypes.typeOf(DossierReceived.class), EventJson.write(Fixtures.received(Fixtures.newCode())),
                UUID.randomUUID());
        header(others, "dlq-consumer-group", "sla-service");
        Fixtures.writer().sendTogether(List.of(others));

        List<String> listed = operator().queryParam("topic", LIFECYCLE).queryParam("limit", 1000)
                .get("/api/v1/admin/dead-letters").then().statusCode(200).extract().jsonPath().getList("eventId");
        assertThat(listed).contains(eventId.toString()).doesNotContain(others.headers().lastHeader("ce_id") == null
                ? "" : new String(others.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8));
        Fixtures.as("leader", Fixtures.AGENCY).get("/api/v1/dossiers/" + code).then().statusCode(404);

        JsonPath first = replay(eventId);
        assertThat(first.getInt("read")).isEqualTo(1);
        assertThat(first.getInt("handled")).isEqualTo(1);
        Fixtures.view(code).statusCode(200).body("status.code", equalTo(2)).body("history.size()", equalTo(1));

        JsonPath again = replay(eventId);
        assertThat(again.getInt("handled")).isZero();
        assertThat(again.getInt("duplicate")).isEqualTo(1);
        Fixtures.view(code).statusCode(200).body("history.size()", equalTo(1));

        operator().queryParam("topic", "no.such.topic").post("/api/v1/admin/dead-letters/replay").then().statusCode(404);
        operator().post("/api/v1/admin/dead-letters/replay").then().statusCode(400)
                .body("errors[0].field", equalTo("topic"));
        Fixtures.as("clerk", Fixtures.AGENCY).queryParam("topic", LIFECYCLE).post("/api/v1/admin/dead-letters/replay")
                .then().statusCode(403);
    }

    private static JsonPath replay(UUID eventId) {
        return operator().queryParam("topic", LIFECYCLE).queryParam("eventId", eventId.toString())
                .post("/api/v1/admin/dead-letters/replay").then().statusCode(200).extract().jsonPath();
    }

    private static io.restassured.specification.RequestSpecification operator() {
        return Fixtures.as("operator", Fixtures.PROVINCE);
    }

    private static void header(ProducerRecord<String, byte[]> record, String key, String value) {
        record.headers().add(key, value.getBytes(StandardCharsets.UTF_8));
    }
}
