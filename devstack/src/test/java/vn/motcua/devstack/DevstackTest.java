package vn.motcua.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The three servers work through their real protocols: JDBC, the Kafka clients, SMTP and IMAP. */
class DevstackTest {

    private static Devstack devstack;

    @BeforeAll
    static void start() {
        devstack = Devstack.start(DevstackConfig.randomPorts());
    }

    @AfterAll
    static void stop() {
        devstack.close();
    }

    @Test
    void storesRowsInTheIntakeDatabase() throws SQLException {
        try (Connection db = DriverManager.getConnection(devstack.jdbcUrl("intake"), PostgresServer.USER, PostgresServer.PASSWORD);
             Statement sql = db.createStatement()) {
            sql.execute("CREATE TABLE dossier (code text PRIMARY KEY, received_at timestamptz NOT NULL)");
            sql.execute("INSERT INTO dossier VALUES ('000.00.00.H56-250101-0001', now())");
            try (ResultSet rows = sql.executeQuery("SELECT code, current_database() FROM dossier")) {
                assertTrue(rows.next());
                assertEquals("000.00.00.H56-250101-0001", rows.getString(1));
                assertEquals("intake", rows.getString(2));
            }
        }
    }

    @Test
    void deliversARecordWithItsHeadersOnANewTopic() {
        String topic = "devstack.test." + UUID.randomUUID();
        Map<String, Object> producerConfig = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, devstack.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, "H56-0001", "{\"status\":\"RECEIVED\"}");
            record.headers().add("ce_type", "vn.motcua.dossier.received.v1".getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        } catch (Exception e) {
            throw new AssertionError("send failed", e);
        }
        Map<String, Object> consumerConfig = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, devstack.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "devstack-test", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            ConsumerRecord<String, String> received = pollOne(consumer);
            assertEquals("H56-0001", received.key());
            assertEquals("{\"status\":\"RECEIVED\"}", received.value());
            assertEquals("vn.motcua.dossier.received.v1",
                    new String(received.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void deliversMailOverSmtpToAnImapMailbox() throws MessagingException, IOException {
        MailServer mail = devstack.mail().orElseThrow();
        Properties smtp = new Properties();
        smtp.setProperty("mail.smtp.host", "localhost");
        smtp.setProperty("mail.smtp.port", String.valueOf(mail.smtpPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(smtp));
        message.setFrom(new InternetAddress("noreply@motcua.local"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("citizen@example.vn"));
        message.setSubject("Thư xin lỗi", "UTF-8");
        message.setText("Hồ sơ của ông/bà bị trễ hẹn.", "UTF-8");
        Transport.send(message);

        List<MimeMessage> inbox = Mailbox.read("localhost", mail.imapPort(), "citizen@example.vn");
        assertEquals(1, inbox.size());
        assertEquals("Thư xin lỗi", inbox.get(0).getSubject());
        assertEquals("Hồ sơ của ông/bà bị trễ hẹn.", inbox.get(0).getContent().toString().trim());
        assertEquals(1, mail.receivedMessagesFor("citizen@example.vn").size());
    }

    private static ConsumerRecord<String, String> pollOne(KafkaConsumer<String, String> consumer) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                return record;
            }
        }
        throw new AssertionError("No record within 30 s");
    }
}
