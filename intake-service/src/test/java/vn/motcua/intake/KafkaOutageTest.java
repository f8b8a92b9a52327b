package vn.motcua.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.lessThan;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.devstack.KafkaBroker;
import vn.motcua.events.Topics;
import vn.motcua.support.messaging.OutboxStore;
import vn.motcua.testkit.ReceivedEvent;
import vn.motcua.testkit.TopicProbe;

/**
 * The foundation's promise: with the broker down the counter keeps receiving (rows wait in outbox_event);
 * when a broker comes up every event is published exactly once.
 */
@QuarkusTest
@TestProfile(KafkaOutageTest.BrokerDown.class)
class KafkaOutageTest {
    private static final int DOSSIERS = 8;

    /**
     * The devstack as usual, but Kafka at a port where nothing listens yet. A test resource's settings win over
     * a profile's config overrides, so the profile replaces the global resource by this one.
     */
    public static class BrokerDown implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(DeadKafka.class, Map.of("database", "intake")));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    /** DevstackTestResource with kafka.bootstrap.servers pointing at the dead port. */
    public static class DeadKafka implements QuarkusTestResourceLifecycleManager {
        private final DevstackTestResource devstack = new DevstackTestResource();

        @Override
        public void init(Map<String, String> initArgs) {
            devstack.init(initArgs);
        }

        @Override
        public Map<String, String> start() {
            Map<String, String> config = new HashMap<>(devstack.start());
            config.put("kafka.bootstrap.servers", "localhost:" + port("intake.test.dead-kafka-port"));
            return config;
        }

        @Override
        public void stop() {
            devstack.stop();
        }
    }

    @Inject
    OutboxStore outbox;

    @Test
    void receiptsAreAcceptedWhileKafkaIsDownAndPublishedOnceWhenItIsBack() {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        int port = port("intake.test.dead-kafka-port");
        assertThat(bootstrap).isEqualTo("localhost:" + port).isNotEqualTo(DevstackTestResource.kafkaBootstrapServers());

        String agency = TestData.createAgency(TestData.ROOT);
        String procedure = TestData.createProcedure(agency, 3, "WORKING_DAYS");
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < DOSSIERS; i++) {
            codes.add(TestData.as("clerk", agency).body(TestData.dossier(procedure, agency)).post("/api/v1/dossiers")
                    .then().statusCode(201).time(lessThan(3000L)).extract().path("dossierCode"));
        }
        long pending = QuarkusTransaction.requiringNew().call(outbox::countPending);
        assertThat(pending).isGreaterThanOrEqualTo(DOSSIERS);

        try (KafkaBroker broker = KafkaBroker.start(port, port("intake.test.dead-kafka-controller-port"), null);
                TopicProbe probe = TopicProbe.of(broker.bootstrapServers(), Topics.DOSSIER_LIFECYCLE)) {
            List<ReceivedEvent> events = probe.await(r -> codes.contains(r.key()), DOSSIERS, Duration.ofSeconds(90));
            events = probe.settle(r -> codes.contains(r.key()), Duration.ofSeconds(3));
            assertThat(events).extracting(ReceivedEvent::key).containsExactlyInAnyOrderElementsOf(codes);
            assertThat(events).extracting(ReceivedEvent::ceId).doesNotHaveDuplicates();
        }
    }

    /** A free port chosen once per JVM (system properties are shared by every class loader). */
    private static synchronized int port(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            try (ServerSocket socket = new ServerSocket(0)) {
                value = String.valueOf(socket.getLocalPort());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            System.setProperty(property, value);
        }
        return Integer.parseInt(value);
    }
}
