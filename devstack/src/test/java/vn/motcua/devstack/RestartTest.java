package vn.motcua.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The faults the fault suite causes: PostgreSQL restarted and Kafka stopped come back with their data. */
class RestartTest {

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
    void postgresRestartCutsSessionsAndKeepsRows() throws SQLException {
        String url = devstack.jdbcUrl("processing");
        try (Connection db = DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD);
             Statement sql = db.createStatement()) {
            sql.execute("CREATE TABLE kept (id int PRIMARY KEY)");
            sql.execute("INSERT INTO kept VALUES (1)");
            devstack.postgres().orElseThrow().restart();
            SQLException cut = assertThrows(SQLException.class, () -> sql.executeQuery("SELECT 1"));
            assertTrue(cut.getSQLState().startsWith("08") || cut.getSQLState().startsWith("57P"), cut.getSQLState());
        }
        try (Connection db = DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD);
             Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery("SELECT count(*) FROM kept")) {
            assertTrue(rows.next());
            assertEquals(1, rows.getInt(1));
        }
    }

    @Test
    void kafkaStoppedIsUnreachableAndStartsAgainWithItsTopics() throws Exception {
        KafkaBroker kafka = devstack.kafka().orElseThrow();
        Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        try (Admin admin = Admin.create(config)) {
            admin.createTopics(List.of(new NewTopic("restart.test", 2, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        kafka.stop();
        assertFalse(kafka.running());
        try (Admin admin = Admin.create(config)) {
            assertThrows(ExecutionException.class, () -> admin.listTopics().names().get(10, TimeUnit.SECONDS));
        }
        kafka.startAgain();
        try (Admin admin = Admin.create(config)) {
            assertTrue(admin.listTopics().names().get(30, TimeUnit.SECONDS).contains("restart.test"));
        }
    }
}
