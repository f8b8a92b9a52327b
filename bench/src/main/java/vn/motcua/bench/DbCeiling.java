package vn.motcua.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The raw ceiling of the database behind intake, pgbench-style: N connections each committing transactions of one
 * dossier-like row and one outbox-like row (JSON payloads of a receipt's size) into scratch tables, dropped after.
 */
final class DbCeiling {
    private static final String PAYLOAD = "{\"procedureCode\":\"2.000815\",\"receivingAgencyCode\":\"000.02.30.H56\","
            + "\"channel\":\"IN_PERSON\",\"applicant\":{\"fullName\":\"Nguyễn Văn An\",\"idNumber\":\"075090123456\","
            + "\"phone\":\"0903123456\",\"email\":\"an.nguyen@example.vn\",\"address\":\"Số 12, đường Võ Thị Sáu,"
            + " phường Biên Hòa, tỉnh Đồng Nai\"},\"documents\":[{\"name\":\"Bản chính giấy tờ\",\"original\":true,"
            + "\"quantity\":1}],\"receipt\":\"" + "x".repeat(1200) + "\"}";

    private final String url;
    private final String user;
    private final String password;

    DbCeiling(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** Runs {@code threads} connections for {@code seconds} and returns committed transactions per second. */
    double run(int threads, int seconds) throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("create table if not exists bench_dossier (code text primary key, procedure_code text not null,"
                    + " receiving_agency_code text not null, received_at timestamptz not null, due_at timestamptz not null,"
                    + " receipt jsonb not null)");
            s.execute("create table if not exists bench_outbox (id uuid primary key, topic text not null, event_key text"
                    + " not null, ce_type text not null, payload jsonb not null, created_at timestamptz not null,"
                    + " published_at timestamptz)");
            s.execute("create index if not exists bench_outbox_pending on bench_outbox (created_at) where published_at is null");
            s.execute("truncate bench_dossier, bench_outbox");
        }
        AtomicLong committed = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> workers = new ArrayList<>();
        List<Exception> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int worker = t;
            workers.add(Thread.ofPlatform().start(() -> {
                try {
                    insertUntil(worker, end, committed);
                } catch (Exception e) {
                    failures.add(e);
                }
            }));
        }
        for (Thread w : workers) {
            w.join();
        }
        double rate = committed.get() / ((System.nanoTime() - start) / 1e9);
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("drop table if exists bench_dossier, bench_outbox");
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        return rate;
    }

    private void insertUntil(int worker, long end, AtomicLong committed) throws SQLException {
        try (Connection c = connect();
                PreparedStatement dossier = c.prepareStatement("insert into bench_dossier values (?, ?, ?, ?, ?, cast(? as jsonb))");
                PreparedStatement outbox = c.prepareStatement("insert into bench_outbox (id, topic, event_key, ce_type,"
                        + " payload, created_at) values (?, ?, ?, ?, cast(? as jsonb), ?)")) {
            c.setAutoCommit(false);
            long n = 0;
            while (System.nanoTime() < end) {
                String code = "000.02.30.H56-" + worker + "-" + n++;
                Timestamp now = Timestamp.from(Instant.now());
                dossier.setString(1, code);
                dossier.setString(2, "2.000815");
                dossier.setString(3, "000.02.30.H56");
                dossier.setTimestamp(4, now);
                dossier.setTimestamp(5, now);
                dossier.setString(6, PAYLOAD);
                dossier.executeUpdate();
                outbox.setObject(1, UUID.randomUUID());
                outbox.setString(2, "dossier.lifecycle.v1");
                outbox.setString(3, code);
                outbox.setString(4, "vn.motcua.dossier.received.v1");
                outbox.setString(5, PAYLOAD);
                outbox.setTimestamp(6, now);
                outbox.executeUpdate();
                c.commit();
                committed.incrementAndGet();
            }
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
