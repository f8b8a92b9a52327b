package vn.motcua.e2e;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import vn.motcua.devstack.Devstack;
import vn.motcua.devstack.PostgresServer;

/**
 * Counts, from the databases, the topics and the mailbox (never from the services' own claims), what became of the
 * work a {@link ReceiptLoad} got accepted: per phase, receipts known to processing and sla, assignments sla
 * tracked, apologies owed and letters received, duplicate letters; and, per topic, events not consumed by a
 * consumer and dead letters written since {@link #FaultLedger}.
 */
final class FaultLedger {
    /** Who consumes each topic (the consumed_event table of that service's database). */
    static final Map<String, List<String>> CONSUMERS = Map.of(
            "dossier.lifecycle.v1", List.of("processing", "sla", "notification"),
            "dossier.sla.v1", List.of("processing", "notification"),
            "notification.outcome.v1", List.of("processing"));

    private final Devstack devstack;
    private final Map<String, Long> deadLettersAtStart;

    FaultLedger(Devstack devstack) {
        this.devstack = devstack;
        this.deadLettersAtStart = deadLetterCounts();
    }

    /** One line of the table: a phase's work and what became of it. */
    record Row(String phase, int accepted, int processingMissing, int slaMissing, int assigned, int assignmentsMissing,
            int apologiesOwed, int apologiesMissing, int duplicateLetters) {

        boolean clean() {
            return processingMissing == 0 && slaMissing == 0 && assignmentsMissing == 0 && apologiesMissing == 0
                    && duplicateLetters == 0;
        }
    }

    List<Row> rows(List<String> phases, ReceiptLoad load, Mailbox mail) {
        List<ReceiptLoad.Accepted> accepted = load.accepted();
        Set<String> inProcessing = existing("processing", "select code from dossier where code = any(?)", accepted);
        Set<String> inSla = existing("sla", "select code from tracked_dossier where code = any(?)", accepted);
        Set<String> assignedInSla = existing("sla",
                "select distinct dossier_code from processing_step where dossier_code = any(?)", accepted);
        Map<String, String> assignments = load.actionsAccepted();
        List<Row> rows = new ArrayList<>();
        for (String phase : phases) {
            List<ReceiptLoad.Accepted> of = accepted.stream().filter(a -> a.phase().equals(phase)).toList();
            List<String> assignedCodes = assignments.entrySet().stream().filter(e -> e.getValue().equals(phase))
                    .map(Map.Entry::getKey).toList();
            int owed = 0;
            int missing = 0;
            int duplicates = 0;
            for (ReceiptLoad.Accepted a : of) {
                Map<String, Integer> subjects = new HashMap<>();
                for (MimeMessage m : mail.to(a.email())) {
                    subjects.merge(Mailbox.subject(m), 1, Integer::sum);
                }
                duplicates += subjects.values().stream().mapToInt(n -> n - 1).sum();
                if (a.late()) {
                    owed++;
                    if (subjects.keySet().stream().noneMatch(s -> s.contains(a.code()))) {
                        missing++;
                    }
                }
            }
            rows.add(new Row(phase, of.size(),
                    (int) of.stream().filter(a -> !inProcessing.contains(a.code())).count(),
                    (int) of.stream().filter(a -> !inSla.contains(a.code())).count(),
                    assignedCodes.size(), (int) assignedCodes.stream().filter(c -> !assignedInSla.contains(c)).count(),
                    owed, missing, duplicates));
        }
        return rows;
    }

    /** Per topic and consumer: events on the topic that consumer never recorded as consumed. */
    Map<String, Integer> unconsumed() {
        Map<String, Integer> result = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> topic : CONSUMERS.entrySet()) {
            Set<UUID> ids = eventIds(topic.getKey());
            for (String service : topic.getValue()) {
                Set<UUID> consumed = consumedIds(service, topic.getKey());
                result.put(topic.getKey() + " -> " + service,
                        (int) ids.stream().filter(id -> !consumed.contains(id)).count());
            }
        }
        return result;
    }

    /** Dead letters written since this ledger began, per dead-letter topic. */
    Map<String, Long> newDeadLetters() {
        Map<String, Long> now = deadLetterCounts();
        Map<String, Long> result = new LinkedHashMap<>();
        now.forEach((topic, count) -> result.put(topic, count - deadLettersAtStart.getOrDefault(topic, 0L)));
        return result;
    }

    /** For the late dossiers that have no letter: what sla and notification recorded of them (the first 10). */
    String unlettered(ReceiptLoad load, Mailbox mail) {
        List<ReceiptLoad.Accepted> missing = load.accepted().stream().filter(ReceiptLoad.Accepted::late)
                .filter(a -> mail.to(a.email()).stream().noneMatch(m -> Mailbox.subject(m).contains(a.code())))
                .limit(10).toList();
        StringBuilder out = new StringBuilder();
        for (ReceiptLoad.Accepted a : missing) {
            out.append(a.code()).append(" (").append(a.phase()).append("): sla ")
                    .append(rowsOf("sla", "select episode || ' due ' || coalesce(due_at::text, '-') || ' missed '"
                            + " || coalesce(missed_at::text, '-') from deadline_episode where dossier_code = ?", a.code()))
                    .append("; notices ").append(rowsOf("notification", "select kind || ' ' || status || ' ep '"
                            + " || episode || coalesce(' ' || last_error, '') from notice where dossier_code = ?", a.code()))
                    .append('\n');
        }
        return out.toString();
    }

    private List<String> rowsOf(String database, String sql, String code) {
        List<String> rows = new ArrayList<>();
        try (Connection db = connect(database); PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, code);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
        } catch (SQLException e) {
            rows.add("(" + e.getMessage() + ")");
        }
        return rows;
    }

    static String table(List<Row> rows, Map<String, Integer> unconsumed, Map<String, Long> deadLetters, long refused,
            long actionsRefused) {
        StringBuilder out = new StringBuilder(String.format("%-22s %8s %8s %8s %8s %8s %8s %8s %8s%n", "phase",
                "receipts", "lost:prc", "lost:sla", "assigns", "lost:asg", "owed", "no-letter", "dup-ltr"));
        for (Row r : rows) {
            out.append(String.format("%-22s %8d %8d %8d %8d %8d %8d %8d %8d%n", r.phase(), r.accepted(),
                    r.processingMissing(), r.slaMissing(), r.assigned(), r.assignmentsMissing(), r.apologiesOwed(),
                    r.apologiesMissing(), r.duplicateLetters()));
        }
        out.append("events on a topic not consumed: ").append(unconsumed).append('\n');
        out.append("dead letters written: ").append(deadLetters).append('\n');
        out.append("refused or unanswered while faults lasted (retried by clerks, not lost): receipts ").append(refused)
                .append(", assignments ").append(actionsRefused).append('\n');
        return out.toString();
    }

    private Set<String> existing(String database, String sql, List<ReceiptLoad.Accepted> accepted) {
        Set<String> found = new HashSet<>();
        try (Connection db = connect(database); PreparedStatement query = db.prepareStatement(sql)) {
            query.setArray(1, db.createArrayOf("varchar", accepted.stream().map(ReceiptLoad.Accepted::code).toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(database + ": " + e.getMessage(), e);
        }
        return found;
    }

    private Set<UUID> consumedIds(String database, String topic) {
        Set<UUID> ids = new HashSet<>();
        try (Connection db = connect(database);
             PreparedStatement query = db.prepareStatement("select event_id from consumed_event where topic = ?")) {
            query.setString(1, topic);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add((UUID) rows.getObject(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(database + ": " + e.getMessage(), e);
        }
        return ids;
    }

    private Set<UUID> eventIds(String topic) {
        Set<UUID> ids = new HashSet<>();
        readAll(topic, record -> {
            var id = record.headers().lastHeader("ce_id");
            if (id != null) {
                ids.add(UUID.fromString(new String(id.value(), StandardCharsets.UTF_8)));
            }
        });
        return ids;
    }

    private Map<String, Long> deadLetterCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String topic : CONSUMERS.keySet()) {
            long[] n = {0};
            readAll(topic + ".dlq", record -> n[0]++);
            counts.put(topic + ".dlq", n[0]);
        }
        return counts;
    }

    private void readAll(String topic, java.util.function.Consumer<ConsumerRecord<String, byte[]>> action) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, devstack.kafkaBootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())
                    && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(action);
            }
        }
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(devstack.jdbcUrl(database), PostgresServer.USER, PostgresServer.PASSWORD);
    }
}
