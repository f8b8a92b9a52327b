package vn.motcua.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.events.Topics;
import vn.motcua.events.lifecycle.DossierReceived;
import vn.motcua.testkit.ReceivedEvent;
import vn.motcua.testkit.TopicProbe;
import vn.motcua.support.messaging.EventConsumers;

/** The receipt consumer: a redelivered event has its effect once; a poison record is dead-lettered and consuming goes on. */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "processing"))
class ConsumerTest {

    @Inject
    EventConsumers consumers;

    @Test
    void redeliveredReceiptCreatesOneCaseWithOneHistoryLine() {
        String code = Fixtures.newCode();
        DossierReceived event = Fixtures.received(code);
        UUID id = UUID.randomUUID();
        long before = consumers.processedCount();
        Fixtures.writer().send(Topics.DOSSIER_LIFECYCLE, code, event, id);
        Fixtures.writer().send(Topics.DOSSIER_LIFECYCLE, code, event, id);
        // the same code under another event id must not open a second case either
        Fixtures.writer().send(Topics.DOSSIER_LIFECYCLE, code, event);
        Fixtures.await(Duration.ofSeconds(30), () -> consumers.processedCount() >= before + 3);
        Fixtures.awaitDossier(code);

        Fixtures.view(code).statusCode(200)
                .body("status.code", equalTo(2))
                .body("status.name", equalTo("RECEIVED"))
                .body("history", hasSize(1))
                .body("history[0].action", equalTo("receive"))
                .body("history[0].toStatus.code", equalTo(2));
        Fixtures.as("admin", Fixtures.PROVINCE).queryParam("agency", Fixtures.AGENCY).queryParam("size", 100)
                .get("/api/v1/dossiers").then().statusCode(200);
    }

    @Test
    void poisonRecordGoesToTheDeadLetterTopicAndConsumingContinues() {
        String poisonKey = "poison-" + UUID.randomUUID();
        try (TopicProbe dlq = TopicProbe.of(DevstackTestResource.kafkaBootstrapServers(),
                Topics.deadLetter(Topics.DOSSIER_LIFECYCLE))) {
            Fixtures.writer().sendGarbage(Topics.DOSSIER_LIFECYCLE, poisonKey, "{not a cloud event");
            ReceivedEvent dead = dlq.awaitOne(TopicProbe.key(poisonKey), Duration.ofSeconds(30));
            assertThat(dead.header("dlq-error")).isNotBlank();
            assertThat(dead.header("dlq-original-topic")).isEqualTo(Topics.DOSSIER_LIFECYCLE);
            assertThat(dead.json()).isEqualTo("{not a cloud event");
        }
        String after = Fixtures.receiveNew();
        Fixtures.view(after).statusCode(200).body("status.code", equalTo(2));
    }
}
