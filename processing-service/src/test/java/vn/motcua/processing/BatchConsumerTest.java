package vn.motcua.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.events.EventJson;
import vn.motcua.events.EventTypes;
import vn.motcua.events.Topics;
import vn.motcua.events.lifecycle.DossierReceived;
import vn.motcua.testkit.EventWriter;
import vn.motcua.testkit.Management;
import vn.motcua.testkit.ReceivedEvent;
import vn.motcua.testkit.TopicProbe;

/**
 * Batched consumption: receipts written as one record batch are handled in one chunk; a poison receipt
 * in its middle fails the chunk, which is then handled record by record: the poison goes to the
 * dead-letter topic, its neighbours open their cases once, and the same batch delivered again changes nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "processing"))
class BatchConsumerTest {
    private static final String RECEIVED = EventTypes.typeOf(DossierReceived.class);

    @Test
    void poisonInTheMiddleOfABatchIsDeadLetteredWhileItsNeighboursTakeEffectOnce() {
        // one key: one partition, one record batch, so one poll and one chunk
        String key = "batch-" + UUID.randomUUID();
        List<String> codes = IntStream.range(0, 10).mapToObj(i -> Fixtures.newCode()).toList();
        List<ProducerRecord<String, byte[]>> neighbours = new ArrayList<>();
        for (String code : codes) {
            neighbours.add(EventWriter.record(Topics.DOSSIER_LIFECYCLE, key, RECEIVED,
                    EventJson.write(Fixtures.received(code)), UUID.randomUUID()));
        }
        // a well-formed CloudEvent whose receipt cannot be read: it fails inside the handler's transaction
        ProducerRecord<String, byte[]> poison = EventWriter.record(Topics.DOSSIER_LIFECYCLE, key, RECEIVED,
                "{\"dossierCode\": [".getBytes(StandardCharsets.UTF_8), UUID.randomUUID());
        List<ProducerRecord<String, byte[]>> batch = new ArrayList<>(neighbours.subList(0, 5));
        batch.add(poison);
        batch.addAll(neighbours.subList(5, 10));
        double oneByOne = metric("motcua_consumer_chunks_total", "one_by_one");

        try (TopicProbe dlq = TopicProbe.of(DevstackTestResource.kafkaBootstrapServers(),
                Topics.deadLetter(Topics.DOSSIER_LIFECYCLE))) {
            Fixtures.writer().sendTogether(batch);
            ReceivedEvent dead = dlq.awaitOne(TopicProbe.key(key), Duration.ofSeconds(60));
            assertThat(dead.ceId()).isEqualTo(header(poison, "ce_id"));
            assertThat(dead.header("dlq-error")).isNotBlank();
            codes.forEach(Fixtures::awaitDossier);
            codes.forEach(BatchConsumerTest::assertOpenedOnce);
            assertThat(metric("motcua_consumer_chunks_total", "one_by_one")).isGreaterThan(oneByOne);

            double duplicates = metric("motcua_consumer_events_total", "duplicate");
            Fixtures.writer().sendTogether(neighbours);
            Fixtures.await(Duration.ofSeconds(30),
                    () -> metric("motcua_consumer_events_total", "duplicate") >= duplicates + neighbours.size());
            codes.forEach(BatchConsumerTest::assertOpenedOnce);
            assertThat(dlq.settle(TopicProbe.key(key), Duration.ofSeconds(1))).hasSize(1);
        }
    }

    private static void assertOpenedOnce(String code) {
        Fixtures.view(code).statusCode(200)
                .body("status.code", equalTo(2))
                .body("history", hasSize(1))
                .body("history[0].action", equalTo("receive"));
    }

    /** A counter of the lifecycle topic's consumer as /q/metrics shows it (0 before its first increment). */
    private static double metric(String name, String outcome) {
        String text = Management.given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^" + name + "\\{outcome=\"" + outcome + "\",topic=\""
                + Pattern.quote(Topics.DOSSIER_LIFECYCLE) + "\"} (\\S+)$").matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static String header(ProducerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
