package vn.motcua.sla;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.events.AgencyLevel;
import vn.motcua.events.AgencyRef;
import vn.motcua.events.Channel;
import vn.motcua.events.Topics;
import vn.motcua.events.lifecycle.ProcessingCompleted;
import vn.motcua.events.lifecycle.ProcessingStarted;
import vn.motcua.events.lifecycle.ResultReturned;
import vn.motcua.sla.application.DeadlineScanner;
import vn.motcua.sla.domain.GroupBy;
import vn.motcua.sla.domain.StatsBucket;
import vn.motcua.sla.domain.StatsFilter;
import vn.motcua.sla.persistence.StatisticsQuery;
import vn.motcua.support.messaging.EventConsumers;
import vn.motcua.support.time.AdjustableClock;
import vn.motcua.support.time.VnTime;
import vn.motcua.testkit.EventWriter;

/**
 * The sla-service benchmark of issue 6 (run on demand: {@code deploy/local/bench-sla.sh}, not in {@code verify}).
 * Loads BENCH_HISTORICAL closed dossiers (default 10 million, two years) and BENCH_OPEN open ones (default 1 million)
 * of one province (25 departments, 100 communes) in SQL, builds the aggregates with {@code stats_rebuild()}, then
 * prints: the p50/p99 of statistics queries through REST, the scanner's time per pass (catch-up and an hour later),
 * and the ingestion rate of BENCH_INGEST dossiers' lifecycle events (receipt, start, completion, return) through Kafka.
 */
@QuarkusTest
@TestProfile(SlaBenchmark.Profile.class)
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "sla"))
@EnabledIfSystemProperty(named = "motcua.bench", matches = "true")
class SlaBenchmark {
    private static final String P = "BP";
    private static final int CHUNK = 1_000_000;
    private static final int AGENCIES = 125;

    /** The scanner is driven by the benchmark, not the scheduler, so that its passes can be timed. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // a kept bench database may hold an earlier revision of an unreleased migration
            return Map.of("motcua.sla.scanner-enabled", "false", "motcua.sla.metrics-refresh", "1h",
                    "quarkus.flyway.validate-on-migrate", "false");
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();

    @Inject
    EntityManager em;
    @Inject
    DeadlineScanner scanner;
    @Inject
    AdjustableClock clock;
    @Inject
    StatisticsQuery statistics;
    @Inject
    DataSource dataSource;
    @Inject
    EventConsumers consumers;

    @Test
    void benchmark() throws Exception {
        long historical = Long.getLong("bench.historical", 10_000_000L);
        long open = Long.getLong("bench.open", 1_000_000L);
        int ingest = Integer.getInteger("bench.ingest", 25_000);
        System.out.printf("BENCH machine: %d cores; %,d historical + %,d open dossiers, %,d ingested%n",
                Runtime.getRuntime().availableProcessors(), historical, open, ingest);

        if (QuarkusTransaction.requiringNew().call(() -> loaded(historical, open))) {
            System.out.println("BENCH the dossiers are already loaded (a kept bench devstack): measuring only");
            compactJournal();
        } else {
            load(historical, open);
        }
        boolean stats = Boolean.parseBoolean(System.getProperty("bench.stats", "true"));
        if (stats) {
            statistics("before ingestion");
            explain("2025-03-15", "2026-03-14");
        }
        scannerPasses();
        ingestion(ingest);
        if (stats) {
            statistics("after ingestion");
        }
    }

    /** A journal bloated by an earlier rebuild (before it truncated) would slow every query: rewrite it. */
    private void compactJournal() throws Exception {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("vacuum full stats_delta");
        }
    }

    private boolean loaded(long historical, long open) {
        return (Boolean) em.createNativeQuery("select exists (select 1 from tracked_dossier where code = :h)"
                        + " and exists (select 1 from tracked_dossier where code = :o)")
                .setParameter("h", "H" + historical).setParameter("o", "O" + open).getSingleResult();
    }

    private void load(long historical, long open) {
        long t0 = System.nanoTime();
        QuarkusTransaction.requiringNew().run(this::agencies);
        for (long from = 1; from <= historical; from += CHUNK) {
            long to = Math.min(historical, from + CHUNK - 1);
            long f = from;
            QuarkusTransaction.requiringNew().timeout(3600).run(() -> historical(f, to));
            System.out.printf("BENCH loaded historical %,d / %,d (%d s)%n", to, historical, seconds(t0));
        }
        for (long from = 1; from <= open; from += CHUNK) {
            long to = Math.min(open, from + CHUNK - 1);
            long f = from;
            QuarkusTransaction.requiringNew().timeout(3600).run(() -> open(f, to));
            System.out.printf("BENCH loaded open %,d / %,d (%d s)%n", to, open, seconds(t0));
        }
        QuarkusTransaction.requiringNew().timeout(3600).run(() -> em.createNativeQuery("analyze").executeUpdate());
        long loadS = seconds(t0);
        long r0 = System.nanoTime();
        Object rebuilt = QuarkusTransaction.requiringNew().timeout(7200)
                .call(() -> em.createNativeQuery("select stats_rebuild()").getSingleResult());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("analyze").executeUpdate());
        System.out.printf("BENCH load in SQL %d s; stats_rebuild() %d s (%s journal rows folded); sizes: %s%n", loadS,
                seconds(r0), rebuilt, sizes());
    }

    private void statistics(String when) throws Exception {
        if (!Boolean.parseBoolean(System.getProperty("bench.stats", "true"))) {
            return;
        }
        query(when, "province, 2025, by agency", "2025-01-01", "2025-12-31", "agency", null);
        query(when, "province, 2026 to date, by agency", "2026-01-01", "2026-12-31", "agency", null);
        query(when, "province, 2025, by month", "2025-01-01", "2025-12-31", "month", null);
        query(when, "province, 2025-03-15..2026-03-14, by agency", "2025-03-15", "2026-03-14", "agency", null);
        if (Boolean.parseBoolean(System.getProperty("bench.fine", "true"))) {
            // the fine aggregates (field, procedure, channel): read for information, no target
            query(when, "province, 2025, by field", "2025-01-01", "2025-12-31", "field", null);
            query(when, "province, 2025, one procedure by channel", "2025-01-01", "2025-12-31", "channel", "TT7");
        }
    }

    private void query(String when, String name, String from, String to, String groupBy, String procedure)
            throws Exception {
        String token = DevstackTestResource.token("operator", P);
        Map<String, String> params = new java.util.HashMap<>(Map.of("from", from, "to", to, "groupBy", groupBy));
        if (procedure != null) {
            params.put("procedure", procedure);
        }
        // timed with a plain HTTP client (RestAssured's parsing would be measured too); the body is read once after
        URI uri = URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/stats?" + params.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&")));
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).build();
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 220; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + response.statusCode());
            }
            if (i >= 20) {
                micros.add((System.nanoTime() - start) / 1_000);
            }
        }
        var json = given().auth().oauth2(token).queryParams(params).get("/api/v1/stats").then().statusCode(200)
                .extract().jsonPath();
        String total = "%s rows, received %,d, resolved %,d, on time %s%%, in progress %,d, overdue %,d, paused %,d"
                .formatted(json.getList("rows").size(), json.getLong("total.received"), json.getLong("total.resolved"),
                        json.getString("total.onTimeRate"), json.getLong("total.inProgress"),
                        json.getLong("total.inProgressOverdue"), json.getLong("total.paused"));
        micros.sort(Long::compare);
        System.out.printf("BENCH stats %s | %s: p50 %.1f ms, p99 %.1f ms, max %.1f ms (200 requests through REST) | %s%n",
                when, name, micros.get(100) / 1000.0, micros.get(197) / 1000.0, micros.get(199) / 1000.0, total);
    }

    private void explain(String from, String to) {
        StatsFilter filter = new StatsFilter(P, 1, true, null, null, null, null, GroupBy.AGENCY, Instant.now());
        QuarkusTransaction.requiringNew().run(() -> statistics.explain(filter, StatsBucket.of(LocalDate.parse(from),
                LocalDate.parse(to), GroupBy.AGENCY, VnTime.ZONE)).forEach(line -> System.out.println("BENCH plan " + line)));
    }

    private void scannerPasses() {
        if (Boolean.getBoolean("bench.scanner.steady")) {
            // a kept data set whose warnings fell due while it waited: move them a day on, to time steady passes
            int moved = QuarkusTransaction.requiringNew().timeout(600).call(() -> em.createNativeQuery("update"
                    + " tracked_dossier set next_check_at = next_check_at + interval '1 day'"
                    + " where next_check_at <= now()").executeUpdate());
            System.out.printf("BENCH scanner: %,d checks that fell due while the data waited moved a day on%n", moved);
        }
        long start = System.nanoTime();
        int caughtUp = scanner.scan();
        long catchUpMs = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        int idle = scanner.scan();
        long idleMs = (System.nanoTime() - start) / 1_000_000;
        clock.advance(Duration.ofHours(1));
        start = System.nanoTime();
        int hour = scanner.scan();
        long hourMs = (System.nanoTime() - start) / 1_000_000;
        // six hours later: every warning, overdue transition and miss of those hours in one pass (tens of thousands of
        // dossiers at 10M + 1M; the kept data moves on with it)
        clock.advance(Duration.ofHours(5));
        start = System.nanoTime();
        int day = scanner.scan();
        long dayMs = (System.nanoTime() - start) / 1_000_000;
        clock.reset();
        System.out.printf("BENCH scanner: catch-up pass %,d dossiers in %,d ms (%,.0f/s); next pass %d dossiers in %d ms;"
                        + " an hour later %,d dossiers in %,d ms; six hours later %,d dossiers in %,d ms (%,.0f/s)%n",
                caughtUp, catchUpMs, caughtUp * 1000.0 / Math.max(1, catchUpMs), idle, idleMs, hour, hourMs, day, dayMs,
                day * 1000.0 / Math.max(1, dayMs));
    }

    private void ingestion(int dossiers) throws Exception {
        try (EventWriter writer = new EventWriter(DevstackTestResource.kafkaBootstrapServers());
                Admin admin = Admin.create(adminProps())) {
            awaitNoLag(admin, Duration.ofMinutes(5));
            // queued first with consumption held, then timed alone: producing in this JVM would take the same 2 cores
            consumers.hold();
            Instant now = Instant.now();
            String run = Long.toString(now.toEpochMilli(), 36);
            long start = System.nanoTime();
            for (int i = 0; i < dossiers; i++) {
                int a = 1 + i % AGENCIES;
                String code = "I" + run + "-" + i;
                Instant received = now.minus(Duration.ofDays(3)).plusSeconds(i % 100_000);
                writer.sendAsync(Topics.DOSSIER_LIFECYCLE, code, Receipt.of().code(code).deciding(agency(a))
                        .channel(Channel.values()[i % 3]).receivedAt(received).procedure("TT" + (a * 7 + i % 30) % 300)
                        .field("LV" + (i % 30)).build());
                writer.sendAsync(Topics.DOSSIER_LIFECYCLE, code, new ProcessingStarted(code, received.plusSeconds(600),
                        "lead@x", "Thẩm định", agency(a).code(), "officer@x", received.plusSeconds(86_400)));
                writer.sendAsync(Topics.DOSSIER_LIFECYCLE, code, new ProcessingCompleted(code,
                        received.plusSeconds(7_200), "officer@x", "KQ"));
                writer.sendAsync(Topics.DOSSIER_LIFECYCLE, code, new ResultReturned(code, received.plusSeconds(9_000),
                        "clerk@x", Channel.IN_PERSON));
            }
            writer.flush();
            long producedMs = (System.nanoTime() - start) / 1_000_000;
            long events = dossiers * 4L;
            long consumedBefore = consumers.processedCount();
            start = System.nanoTime();
            consumers.release();
            awaitNoLag(admin, Duration.ofMinutes(30));
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("BENCH ingestion: %,d lifecycle events (%,d dossiers) queued in %,d ms with consumption"
                            + " held; released, %,d consumed, applied and committed in %,d ms: %,.0f events/s%n", events,
                    dossiers, producedMs, consumers.processedCount() - consumedBefore, ms, events * 1000.0 / ms);
        }
    }

    private static void awaitNoLag(Admin admin, Duration max) throws Exception {
        long deadline = System.nanoTime() + max.toNanos();
        Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(List.of(Topics.DOSSIER_LIFECYCLE))
                .allTopicNames().get().get(Topics.DOSSIER_LIFECYCLE).partitions().stream()
                .collect(Collectors.toMap(p -> new TopicPartition(Topics.DOSSIER_LIFECYCLE, p.partition()),
                        p -> OffsetSpec.latest()));
        while (System.nanoTime() < deadline) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("sla-service")
                    .partitionsToOffsetAndMetadata().get();
            long lag = 0;
            for (var e : admin.listOffsets(latest).all().get().entrySet()) {
                OffsetAndMetadata done = committed.get(e.getKey());
                lag += e.getValue().offset() - (done == null ? 0 : done.offset());
            }
            if (lag == 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("sla-service did not catch up within " + max);
    }

    private static Properties adminProps() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, DevstackTestResource.kafkaBootstrapServers());
        return props;
    }

    private static AgencyRef agency(int i) {
        return i <= 25
                ? new AgencyRef(P + ".S" + i, "Sở " + i, AgencyLevel.PROVINCE, List.of(P, P + ".S" + i))
                : new AgencyRef(P + ".X" + i, "UBND xã " + i, AgencyLevel.COMMUNE, List.of(P, P + ".X" + i));
    }

    private void agencies() {
        em.createNativeQuery("insert into agency (code, name, level, path, depth) values (:p, 'Tỉnh BP', 'PROVINCE',"
                + " array[cast(:p as text)], 1) on conflict do nothing").setParameter("p", P).executeUpdate();
        for (int i = 1; i <= AGENCIES; i++) {
            AgencyRef a = agency(i);
            em.createNativeQuery("insert into agency (code, name, level, path, depth) values (:code, :name, :level,"
                            + " array[cast(:p as text), cast(:code as text)], 2) on conflict do nothing")
                    .setParameter("code", a.code()).setParameter("name", a.name()).setParameter("level", a.level().name())
                    .setParameter("p", P).executeUpdate();
        }
        em.createNativeQuery("insert into dimension_label (kind, code, name) select 'FIELD', 'LV' || g, 'Lĩnh vực ' || g"
                + " from generate_series(0, 29) g on conflict do nothing").executeUpdate();
        em.createNativeQuery("insert into dimension_label (kind, code, name) select 'PROCEDURE', 'TT' || g,"
                + " 'Thủ tục ' || g from generate_series(0, 299) g on conflict do nothing").executeUpdate();
    }

    /** Pseudo-random but repeatable columns of dossier g: agency (communes weigh more), procedure, channel. */
    private static final String DIMENSIONS = """
            cross join lateral (select (g * 2654435761) % 1000003 as h1, (g * 40503) % 999983 as h2,
                (g * 2246822519) % 1000033 as h3, (g * 1597334677) % 1000037 as h4) h
            cross join lateral (select case when h4 % 100 < 40 then 1 + h4 / 100 % 25 else 26 + h4 / 100 % 100 end
                as ai) x
            cross join lateral (select case when ai <= 25 then 'BP.S' || ai else 'BP.X' || ai end as agency,
                case when ai <= 25 then 'PROVINCE' else 'COMMUNE' end as level, (ai * 7 + h2 % 30) % 300 as pr,
                case when h3 % 10 < 7 then 'ONLINE' when h3 % 10 < 9 then 'IN_PERSON' else 'POSTAL' end as ch) y
            """;
    private static final String COLUMNS = """
            insert into tracked_dossier (code, procedure_code, procedure_version, procedure_name, field_code, field_name,
              deciding_agency_code, deciding_agency_level, receiving_agency_code, channel, calendar_id, received_at,
              processing_amount, processing_unit, supplement_policy, original_due_at, scoring_due_at, current_due_at,
              episode, status, paused_since, pause_kind, paused_seconds, pause_count, supplement_requests, ended_at,
              outcome, next_check_at, updated_at)
            """;

    /** Two years of closed dossiers received 1/11/2024 to 31/10/2026; 1% to 6% late depending on the agency. */
    private void historical(long from, long to) {
        em.createNativeQuery(COLUMNS + """
                select 'H' || g, 'TT' || pr, 1, 'Thủ tục ' || pr, 'LV' || (pr % 30), 'Lĩnh vực ' || (pr % 30),
                  agency, level, agency, ch, 'vn-national', r, 5, 'WORKING_DAYS', 'PAUSE', r + interval '7 days',
                  r + interval '7 days', r + interval '7 days', 1, 'RETURNED', null, null, 0, 0, 0, e,
                  case when (e at time zone 'Asia/Ho_Chi_Minh')::date < ((r + interval '7 days') at time zone
                    'Asia/Ho_Chi_Minh')::date then 'EARLY' when (e at time zone 'Asia/Ho_Chi_Minh')::date =
                    ((r + interval '7 days') at time zone 'Asia/Ho_Chi_Minh')::date then 'ON_TIME' else 'LATE' end,
                  null, now()
                from generate_series(cast(:from as bigint), cast(:to as bigint)) g
                """ + DIMENSIONS + """
                cross join lateral (select timestamptz '2024-11-01 08:00+07' + (g % 730) * interval '1 day'
                  + (h2 % 9) * interval '1 hour' as r) rr
                cross join lateral (select case
                  when h3 % 1000 < 10 + (ai % 7) * 8 then r + interval '7 days' + (1 + h1 % 3) * interval '1 day'
                  when h3 % 1000 < 100 then r + interval '7 days' - interval '1 hour'
                  else r + (1 + h1 % 6) * interval '1 day' end as e) ee
                """).setParameter("from", from).setParameter("to", to).executeUpdate();
    }

    /**
     * Open dossiers received in the last 10 days with 10 days to go, 2% received 15 days ago (overdue), 3% waiting
     * for a supplement; the scanner's next look is a day before the appointment (or none once missed).
     */
    private void open(long from, long to) {
        em.createNativeQuery(COLUMNS + """
                select 'O' || g, 'TT' || pr, 1, 'Thủ tục ' || pr, 'LV' || (pr % 30), 'Lĩnh vực ' || (pr % 30),
                  agency, level, agency, ch, 'vn-national', r, 10, 'WORKING_DAYS', 'PAUSE', r + interval '10 days',
                  r + interval '10 days', r + interval '10 days', 1,
                  case when g % 33 = 0 then 'SUPPLEMENT_REQUESTED' else 'IN_PROGRESS' end,
                  case when g % 33 = 0 then r + interval '1 hour' end, case when g % 33 = 0 then 'SUPPLEMENT' end, 0,
                  case when g % 33 = 0 then 1 else 0 end, case when g % 33 = 0 then 1 else 0 end, null, null,
                  case when g % 33 = 0 or g % 50 = 0 then null else r + interval '9 days' end, now()
                from generate_series(cast(:from as bigint), cast(:to as bigint)) g
                """ + DIMENSIONS + """
                cross join lateral (select case when g % 50 = 0 then now() - interval '15 days'
                  else now() - (h1 % 864000) * interval '1 second' end as r) rr
                """).setParameter("from", from).setParameter("to", to).executeUpdate();
        em.createNativeQuery("""
                insert into deadline_episode (dossier_code, episode, due_at, opened_at, approaching_at, missed_at)
                select 'O' || g, 1, d.current_due_at, d.received_at,
                  case when g % 50 = 0 then d.current_due_at - interval '1 day' end,
                  case when g % 50 = 0 then d.current_due_at end
                from generate_series(cast(:from as bigint), cast(:to as bigint)) g
                join tracked_dossier d on d.code = 'O' || g
                """).setParameter("from", from).setParameter("to", to).executeUpdate();
        em.createNativeQuery("""
                insert into paused_interval (dossier_code, kind, started_at)
                select 'O' || g, 'SUPPLEMENT', d.paused_since from generate_series(cast(:from as bigint),
                  cast(:to as bigint)) g join tracked_dossier d on d.code = 'O' || g where g % 33 = 0
                """).setParameter("from", from).setParameter("to", to).executeUpdate();
    }

    private String sizes() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = em.createNativeQuery("select relname, n_live_tup from pg_stat_user_tables where relname in"
                    + " ('tracked_dossier', 'stats_day', 'stats_month', 'stats_agency_day', 'stats_agency_month',"
                    + " 'stats_now') order by relname").getResultList();
            return rows.stream().map(r -> (Object[]) r).map(r -> r[0] + " " + r[1]).collect(Collectors.joining(", "));
        });
    }

    private static long seconds(long since) {
        return (System.nanoTime() - since) / 1_000_000_000;
    }
}
