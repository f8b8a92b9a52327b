package vn.motcua.processing;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.events.EventJson;
import vn.motcua.events.EventTypes;
import vn.motcua.events.Topics;
import vn.motcua.events.lifecycle.DossierReceived;
import vn.motcua.testkit.EventWriter;
import vn.motcua.support.messaging.EventConsumers;
import vn.motcua.support.messaging.MessagingConfig;

/**
 * Not a test (surefire does not pick it up by name): prints how many DossierReceived events per second
 * this service consumes, each opening a case. Run, e.g. with {@code -Dmotcua.messaging.batch-size=1} for
 * the one-transaction-per-event baseline:
 * {@code ./mvnw -pl processing-service test -Dtest=ConsumeBenchmark -Dbench.events=20000}
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "processing"))
@EnabledIfSystemProperty(named = "bench.events", matches = "\\d+")
class ConsumeBenchmark {
    private static final int WRITE_SLICE = 1000;

    @Inject
    EventConsumers consumers;

    @Inject
    MessagingConfig config;

    @Test
    void consumeReceipts() {
        int events = Integer.getInteger("bench.events");
        // warm-up: the first receipts pay for class loading and JIT
        Fixtures.receiveNew(200);

        List<ProducerRecord<String, byte[]>> records = new ArrayList<>(events);
        for (int i = 0; i < events; i++) {
            String code = Fixtures.newCode();
            records.add(EventWriter.record(Topics.DOSSIER_LIFECYCLE, code, EventTypes.typeOf(DossierReceived.class),
                    EventJson.write(Fixtures.received(code)), UUID.randomUUID()));
        }
        long before = consumers.processedCount();
        long start = System.nanoTime();
        for (int from = 0; from < events; from += WRITE_SLICE) {
            Fixtures.writer().sendTogether(records.subList(from, Math.min(events, from + WRITE_SLICE)));
        }
        long written = System.nanoTime();
        Fixtures.await(Duration.ofMinutes(15), () -> consumers.processedCount() >= before + events);
        long done = System.nanoTime();

        double seconds = (done - start) / 1e9;
        System.out.printf("%nconsume benchmark: %d DossierReceived, batch-size %d, max-poll-records %d, "
                + "consumers-per-topic %d: written in %.1f s, all consumed after %.1f s = %.0f events/s; load average %s%n%n",
                events, config.batchSize(), config.maxPollRecords(), config.consumersPerTopic(), (written - start) / 1e9,
                seconds, events / seconds, loadAverage());
    }

    private static String loadAverage() {
        try {
            return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        } catch (IOException e) {
            return "unknown";
        }
    }
}
