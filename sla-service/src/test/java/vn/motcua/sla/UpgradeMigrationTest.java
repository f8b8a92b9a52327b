package vn.motcua.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;

/**
 * V8-V11 on a database as version 7 left it: a department's March 2026 (received Mon 2/3 08:00, due Mon 9/3 08:00,
 * an apology in time until Fri 6/3 08:00) with reschedules recorded before apologies were told apart. The earlier
 * reschedules are judged on the calendar, the late resolved dossiers counted under the new columns, every other
 * figure stays as it was, and a rebuild from the dossiers gives the same aggregates.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "sla"))
class UpgradeMigrationTest {
    private static final String OLD_COLUMNS = "period, agency_code, received, received_in_person, received_online,"
            + " received_postal, resolved, early, on_time, late, d_open, d_overdue, d_paused";
    /** All but d_overdue, which V11 rebuilds on the receipt's appointment. */
    private static final String KEPT_COLUMNS = "period, agency_code, received, received_in_person, received_online,"
            + " received_postal, resolved, early, on_time, late, d_open, d_paused";
    private static final String NEW_COLUMNS = "apologised_in_time, apologised_late, never_apologised";

    @Inject
    DataSource dataSource;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void earlierReschedulesAreJudgedAndTheLateDossiersCountedWithoutMovingAnyOtherFigure() throws Exception {
        String name = "sla_upgrade_" + ThreadLocalRandom.current().nextInt(1_000_000);
        try (Connection admin = dataSource.getConnection(); Statement s = admin.createStatement()) {
            s.execute("create database " + name);
        }
        String upgradeUrl = url.substring(0, url.lastIndexOf('/') + 1) + name;
        try {
            flyway(upgradeUrl, "7").migrate();
            List<List<Object>> before;
            try (Connection c = DriverManager.getConnection(upgradeUrl, user, password); Statement s = c.createStatement()) {
                // a: in time (Thu 5/3); b: late (Fri 6/3 15:00); c: late, never; d: early; e: open, late reschedule
                legacy(s, "a", "'2026-03-05 10:00+07'", "'2026-03-11 10:00+07'", "'LATE'");
                legacy(s, "b", "'2026-03-06 15:00+07'", "'2026-03-12 10:00+07'", "'LATE'");
                legacy(s, "c", "null", "'2026-03-10 10:00+07'", "'LATE'");
                legacy(s, "d", "null", "'2026-03-06 10:00+07'", "'EARLY'");
                legacy(s, "e", "'2026-03-06 09:00+07'", "null", "null");
                s.execute("select stats_rebuild()");
                before = rows(s, "select " + KEPT_COLUMNS + " from stats_month order by period, agency_code");
                assertThat(before).isNotEmpty();
            }
            flyway(upgradeUrl, "latest").migrate();
            try (Connection c = DriverManager.getConnection(upgradeUrl, user, password); Statement s = c.createStatement()) {
                assertThat(apologies(s)).containsExactlyInAnyOrderEntriesOf(Map.of("X-a", "OFFICER_IN_TIME",
                        "X-b", "OFFICER_LATE", "X-c", "NONE", "X-d", "NONE", "X-e", "OFFICER_LATE"));
                assertThat(rows(s, "select " + NEW_COLUMNS + " from stats_month")).containsExactly(List.of(1L, 1L, 1L));
                assertThat(rows(s, "select " + NEW_COLUMNS + " from stats_agency_month"))
                        .containsExactly(List.of(1L, 1L, 1L));
                assertThat(rows(s, "select " + KEPT_COLUMNS + " from stats_month order by period, agency_code"))
                        .isEqualTo(before);
                // V11: the rescheduled open dossier e is overdue since its receipt's appointment, not its new one
                assertThat(rows(s, "select stock, cast(stock_since at time zone 'Asia/Ho_Chi_Minh' as text)"
                        + " from tracked_dossier where code = 'X-e'"))
                        .containsExactly(List.of("OVERDUE", "2026-03-09 08:00:00"));
                String all = "select " + OLD_COLUMNS + ", " + NEW_COLUMNS + " from stats_day order by period, agency_code";
                List<List<Object>> migrated = rows(s, all);
                s.execute("select stats_rebuild()");
                assertThat(rows(s, all)).isEqualTo(migrated);
            }
        } finally {
            try (Connection admin = dataSource.getConnection(); Statement s = admin.createStatement()) {
                s.execute("drop database if exists " + name + " with (force)");
            }
        }
    }

    private Flyway flyway(String jdbcUrl, String target) {
        return Flyway.configure().dataSource(jdbcUrl, user, password).target(target)
                .locations("classpath:db/migration", "classpath:db/messaging", "classpath:db/calendar",
                        "classpath:vn/motcua/sla/persistence/migration")
                .load();
    }

    private static void legacy(Statement s, String code, String rescheduledAt, String endedAt, String outcome)
            throws SQLException {
        s.execute("insert into tracked_dossier (code, procedure_code, procedure_version, procedure_name,"
                + " deciding_agency_code, deciding_agency_level, receiving_agency_code, channel, calendar_id,"
                + " received_at, processing_amount, processing_unit, supplement_policy, original_due_at,"
                + " scoring_due_at, current_due_at, episode, rescheduled_at, status, paused_seconds,"
                + " supplement_requests, ended_at, outcome, updated_at) values ('X-" + code + "', '1.000948', 1,"
                + " 'Thủ tục', 'X', 'PROVINCE', 'X', 'IN_PERSON', 'vn-national', '2026-03-02 08:00+07', 5,"
                + " 'WORKING_DAYS', 'PAUSE', '2026-03-09 08:00+07', '2026-03-09 08:00+07',"
                + (rescheduledAt.equals("null") ? "'2026-03-09 08:00+07'" : "'2026-03-20 17:00+07'") + ", "
                + (rescheduledAt.equals("null") ? 1 : 2) + ", " + rescheduledAt + ", "
                + (endedAt.equals("null") ? "'IN_PROGRESS'" : "'COMPLETED'") + ", 0, 0, " + endedAt + ", "
                + outcome + ", now())");
    }

    private static Map<String, String> apologies(Statement s) throws SQLException {
        Map<String, String> byCode = new HashMap<>();
        try (ResultSet r = s.executeQuery("select code, apology from tracked_dossier")) {
            while (r.next()) {
                byCode.put(r.getString(1), r.getString(2));
            }
        }
        return byCode;
    }

    private static List<List<Object>> rows(Statement s, String sql) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                    Object v = r.getObject(i);
                    row.add(v instanceof Number n && !(v instanceof Long) ? n.longValue() : v);
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
