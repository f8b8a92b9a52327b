package vn.motcua.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a data directory, a restart keeps tables and topics, even after a stale postmaster.pid. */
class PersistenceTest {

    @TempDir
    Path dataDir;

    @Test
    void restartKeepsDataAndSurvivesAStalePidFile() throws Exception {
        DevstackConfig config = DevstackConfig.randomPorts().withoutMail().withDataDir(dataDir);
        try (Devstack first = Devstack.start(config)) {
            sql(first, "CREATE TABLE kept (id int); INSERT INTO kept VALUES (42)");
            try (Admin admin = admin(first)) {
                admin.createTopics(Set.of(new NewTopic("kept.v1", 1, (short) 1))).all().get();
            }
        }
        // What a killed launcher leaves behind: a pid file naming a live process that is not PostgreSQL.
        Files.writeString(dataDir.resolve("postgres/postmaster.pid"), "1\n" + dataDir + "\n");

        try (Devstack second = Devstack.start(config)) {
            assertEquals(42, sql(second, "SELECT id FROM kept"));
            try (Admin admin = admin(second)) {
                assertTrue(admin.listTopics().names().get().contains("kept.v1"));
            }
        }
    }

    private static int sql(Devstack devstack, String statements) throws Exception {
        try (Connection db = DriverManager.getConnection(devstack.jdbcUrl("processing"), PostgresServer.USER, PostgresServer.PASSWORD);
             Statement sql = db.createStatement()) {
            if (sql.execute(statements)) {
                try (ResultSet rows = sql.getResultSet()) {
                    return rows.next() ? rows.getInt(1) : -1;
                }
            }
            return -1;
        }
    }

    private static Admin admin(Devstack devstack) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, devstack.kafkaBootstrapServers()));
    }
}
