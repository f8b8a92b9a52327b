package vn.motcua.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

/** A deployment's TLS and SASL settings reach every client, from properties or environment variables. */
class KafkaClientsTest {

    @Test
    void kafkaSettingsAndVariablesBecomeClientSettings() {
        Config config = new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(Map.of(
                "kafka.bootstrap.servers", "broker-0:9093",
                "kafka.security.protocol", "SASL_SSL",
                "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
                "quarkus.kafka.health.enabled", "false",
                "motcua.messaging.batch-size", "500"), "test", 100)).build();

        assertThat(KafkaClients.connectionSettings(config)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "bootstrap.servers", "broker-0:9093",
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512"));
    }
}
