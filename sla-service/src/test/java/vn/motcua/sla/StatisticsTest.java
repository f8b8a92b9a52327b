package vn.motcua.sla;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.sla.Receipt.vn;
import static vn.motcua.sla.Sla.awaitDeadline;
import static vn.motcua.sla.Sla.send;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.events.AgencyLevel;
import vn.motcua.events.AgencyRef;
import vn.motcua.events.Channel;
import vn.motcua.events.lifecycle.DossierRescheduled;
import vn.motcua.events.lifecycle.DossierWithdrawn;
import vn.motcua.events.lifecycle.ProcessingCompleted;
import vn.motcua.events.lifecycle.SupplementRequested;

/**
 * A small month computed by hand (March 2026, 5-working-day procedures, national calendar) and compared exactly.
 * Province P has a department D1 (province level) and a commune C1.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "sla"))
class StatisticsTest {
    private static final String P = "P" + ThreadLocalRandom.current().nextInt(100_000, 999_999) + ".H99";
    private static final String D1 = "D1." + P;
    private static final String C1 = "C1." + P;
    private static final AgencyRef DEPT = Receipt.agency(D1, "Sở Tư pháp", AgencyLevel.PROVINCE, List.of(P, D1));
    private static final AgencyRef COMMUNE = Receipt.agency(C1, "UBND xã Tân Phú", AgencyLevel.COMMUNE, List.of(P, C1));
    private static boolean loaded;

    @Inject
    EntityManager em;

    // once per JVM, in @BeforeEach because RestAssured points at the app only then
    @BeforeEach
    void loadTheMonth() {
        if (loaded) {
            return;
        }
        // A: due Mon 9/3 08:00, done Fri 6/3 -> early
        completed(dept(Channel.IN_PERSON, "2026-03-02T08:00"), "2026-03-06T10:00");
        // B: done later on the due day -> on time
        completed(dept(Channel.ONLINE, "2026-03-02T08:00"), "2026-03-09T16:00");
        // C: done the next day -> late
        completed(dept(Channel.ONLINE, "2026-03-02T08:00"), "2026-03-10T08:00");
        // E: rescheduled to 12/3, done 11/3 (met its new date) -> late
        String e = receive(commune(Channel.POSTAL, "2026-03-02T08:00"));
        send(e, new DossierRescheduled(e, vn("2026-03-06T10:00"), "leader@x", "xác minh", vn("2026-03-09T08:00"),
                vn("2026-03-12T17:00"), "Chủ tịch", false, false));
        send(e, new ProcessingCompleted(e, vn("2026-03-11T10:00"), "officer@x", "KQ"));
        awaitStatus(e, "COMPLETED");
        // F: withdrawn after its due date -> on time
        String f = receive(commune(Channel.IN_PERSON, "2026-03-03T08:00"));
        send(f, new DossierWithdrawn(f, vn("2026-03-20T09:00"), "clerk@x", "công dân rút"));
        awaitStatus(f, "WITHDRAWN");
        // G: open, due 1/4 08:00 -> in progress, not overdue at the end of March
        receive(commune(Channel.IN_PERSON, "2026-03-25T08:00"));
        // H: open, due 23/3 -> in progress and overdue
        String h = receive(dept(Channel.IN_PERSON, "2026-03-16T08:00"));
        // I: open, waiting for a supplement since 18/3 -> in progress and paused
        String i = receive(dept(Channel.ONLINE, "2026-03-16T08:00"));
        send(i, new SupplementRequested(i, vn("2026-03-18T09:00"), "officer@x", "thiếu", List.of(), 1));
        awaitStatus(i, "SUPPLEMENT_REQUESTED");
        // the statistics count H overdue once the scanner has seen its appointment pass (within a scan)
        awaitDeadline(h, j -> j.getString("episodes[0].missedAt") != null);
        // J: received 10/2, due 24/2 (Tết 16-20/2 is off), done 4/3 -> carried over into March, resolved late in March
        completed(dept(Channel.IN_PERSON, "2026-02-10T08:00"), "2026-03-04T10:00");
        // K: received and done in April -> outside March
        completed(dept(Channel.IN_PERSON, "2026-04-02T08:00"), "2026-04-03T10:00");
        loaded = true;
    }

    private static Receipt dept(Channel channel, String receivedAt) {
        return Receipt.of().code(Receipt.uniqueCode(D1)).deciding(DEPT).channel(channel).receivedAt(vn(receivedAt));
    }

    private static Receipt commune(Channel channel, String receivedAt) {
        return Receipt.of().code(Receipt.uniqueCode(C1)).deciding(COMMUNE).channel(channel)
                .receivedAt(vn(receivedAt)).procedure("2.000635").field("DD");
    }

    private static String receive(Receipt receipt) {
        return Sla.receive(receipt);
    }

    private static void completed(Receipt receipt, String endedAt) {
        String code = receive(receipt);
        send(code, new ProcessingCompleted(code, vn(endedAt), "officer@x", "KQ"));
        awaitStatus(code, "COMPLETED");
    }

    private static void awaitStatus(String code, String status) {
        awaitDeadline(code, j -> status.equals(j.getString("status.name")));
    }

    private static JsonPath stats(String token, Map<String, ?> params) {
        return given().auth().oauth2(token).queryParams(params).get("/api/v1/stats")
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<Object> rowsAndTotal(Map<String, Object> query) {
        JsonPath json = stats(Sla.admin(), merge(query, Map.of("agency", P)));
        return List.of(json.getList("rows"), json.getMap("total"));
    }

    private static JsonPath march(Map<String, ?> params) {
        return stats(Sla.admin(), merge(Map.of("from", "2026-03-01", "to", "2026-03-31", "agency", P), params));
    }

    private static Map<String, Object> merge(Map<String, ?> a, Map<String, ?> b) {
        Map<String, Object> m = new java.util.HashMap<>(a);
        m.putAll(b);
        return m;
    }

    private static Map<String, Object> row(JsonPath json, String path) {
        return json.getMap(path);
    }

    private static void assertRow(Map<String, Object> row, int carriedOver, int received, int inPerson, int online,
            int postal, int resolved, int early, int onTime, int late, Float rate, int inProgress, int overdue,
            int paused) {
        assertThat(row).containsEntry("carriedOver", carriedOver).containsEntry("received", received)
                .containsEntry("receivedInPerson", inPerson).containsEntry("receivedOnline", online)
                .containsEntry("receivedPostal", postal).containsEntry("resolved", resolved)
                .containsEntry("early", early).containsEntry("onTime", onTime).containsEntry("late", late)
                .containsEntry("onTimeRate", rate).containsEntry("inProgress", inProgress)
                .containsEntry("inProgressOverdue", overdue).containsEntry("paused", paused);
    }

    @Test
    void theMonthByAgencyMatchesTheHandCount() {
        JsonPath json = march(Map.of("groupBy", "agency"));
        assertThat(json.getList("rows.key")).containsExactly(C1, D1);
        assertThat(json.getString("rows[1].label")).isEqualTo("Sở Tư pháp");
        assertRow(row(json, "rows[0]"), 0, 3, 2, 0, 1, 2, 0, 1, 1, 50.0f, 1, 0, 0);
        assertRow(row(json, "rows[1]"), 1, 5, 2, 3, 0, 4, 1, 1, 2, 50.0f, 2, 1, 1);
        assertRow(row(json, "total"), 1, 8, 4, 3, 1, 6, 1, 2, 3, 50.0f, 3, 1, 1);
        assertThat(json.getDouble("onTimeTarget")).isEqualTo(95.0);
        // of the late: E was apologised for in time (C1); C and J never were (D1)
        assertThat(json.getList("rows.apologisedInTime")).containsExactly(1, 0);
        assertThat(json.getList("rows.apologisedLate")).containsExactly(0, 0);
        assertThat(json.getList("rows.neverApologisedByOfficer")).containsExactly(0, 2);
    }

    @Test
    void theIncrementalAggregatesEqualARebuildFromTheDossiers() {
        List<Map<String, Object>> queries = List.of(Map.of("groupBy", "month", "from", "2026-02-01", "to", "2026-04-30"),
                Map.of("groupBy", "agency", "from", "2026-03-05", "to", "2026-03-20"),
                Map.of("groupBy", "field", "from", "2026-03-10", "to", "2026-04-15"),
                Map.of("groupBy", "channel", "from", "2026-01-01", "to", "2026-12-31"));
        List<List<Object>> incremental = queries.stream().map(StatisticsTest::rowsAndTotal).toList();
        incremental.forEach(r -> assertThat((List<?>) r.get(0)).isNotEmpty());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("select stats_rebuild()").getSingleResult());
        assertThat(queries.stream().map(StatisticsTest::rowsAndTotal).toList()).isEqualTo(incremental);
    }

    @Test
    void byChannelLevelProcedureAndField() {
        JsonPath channel = march(Map.of("groupBy", "channel"));
        assertThat(channel.getList("rows.key")).containsExactly("IN_PERSON", "ONLINE", "POSTAL");
        assertRow(row(channel, "rows[0]"), 1, 4, 4, 0, 0, 3, 1, 1, 1, 66.7f, 2, 1, 0);
        assertRow(row(channel, "rows[2]"), 0, 1, 0, 0, 1, 1, 0, 0, 1, 0.0f, 0, 0, 0);

        JsonPath level = march(Map.of("groupBy", "level"));
        assertThat(level.getList("rows.key")).containsExactly("COMMUNE", "PROVINCE");
        assertThat(level.getList("rows.received")).containsExactly(3, 5);

        JsonPath procedure = march(Map.of("groupBy", "procedure"));
        assertThat(procedure.getList("rows.key")).containsExactly("1.000948", "2.000635");
        assertThat(procedure.getString("rows[1].label")).isEqualTo("Thủ tục 2.000635");
        assertThat(procedure.getList("rows.resolved")).containsExactly(4, 2);

        JsonPath field = march(Map.of("groupBy", "field", "field", "DD"));
        assertThat(field.getList("rows.key")).containsExactly("DD");
        assertThat(field.getInt("total.received")).isEqualTo(3);
    }

    @Test
    void byMonthCarriesOverBetweenPeriods() {
        JsonPath json = stats(Sla.admin(), Map.of("from", "2026-02-01", "to", "2026-04-30", "agency", P,
                "groupBy", "month"));
        assertThat(json.getList("rows.key")).containsExactly("2026-02", "2026-03", "2026-04");
        assertRow(row(json, "rows[0]"), 0, 1, 1, 0, 0, 0, 0, 0, 0, null, 1, 1, 0);
        assertRow(row(json, "rows[1]"), 1, 8, 4, 3, 1, 6, 1, 2, 3, 50.0f, 3, 1, 1);
        assertRow(row(json, "rows[2]"), 3, 1, 1, 0, 0, 1, 1, 0, 0, 100.0f, 3, 2, 1);
        assertRow(row(json, "total"), 0, 10, 6, 3, 1, 7, 2, 2, 3, 57.1f, 3, 2, 1);
    }

    @Test
    void aPeriodCutAnywhereAddsUpFromItsDays() {
        // the query sums the rows that all bucket boundaries treat alike in SQL: any cut must still add up exactly
        for (List<String> range : List.of(List.of("2026-02-24", "2026-03-10"), List.of("2026-03-04", "2026-04-06"))) {
            LocalDate from = LocalDate.parse(range.get(0));
            LocalDate to = LocalDate.parse(range.get(1));
            JsonPath whole = stats(Sla.admin(), Map.of("from", from.toString(), "to", to.toString(), "agency", P,
                    "groupBy", "agency"));
            Map<String, Integer> flows = new java.util.HashMap<>();
            List<JsonPath> days = new ArrayList<>();
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                JsonPath day = stats(Sla.admin(), Map.of("from", d.toString(), "to", d.toString(), "agency", P,
                        "groupBy", "agency"));
                days.add(day);
                for (String column : List.of("received", "receivedInPerson", "receivedOnline", "receivedPostal",
                        "resolved", "early", "onTime", "late")) {
                    flows.merge(column, day.getInt("total." + column), Integer::sum);
                }
            }
            flows.forEach((column, sum) -> assertThat(whole.getInt("total." + column)).as(range + " " + column)
                    .isEqualTo(sum));
            assertThat(whole.getInt("total.carriedOver")).isEqualTo(days.get(0).getInt("total.carriedOver"));
            for (String stock : List.of("inProgress", "inProgressOverdue", "paused")) {
                assertThat(whole.getInt("total." + stock)).as(range + " " + stock)
                        .isEqualTo(days.get(days.size() - 1).getInt("total." + stock));
            }
            assertThat(flows.get("received")).as("the range holds dossiers").isPositive();
        }
    }

    @Test
    void subtreeFiltersAndOperatorScope() {
        assertThat(march(Map.of("agency", C1)).getInt("total.received")).isEqualTo(3);
        assertThat(march(Map.of("subunits", "false")).getInt("total.received")).isZero();
        String deptOperator = DevstackTestResource.token("operator", D1);
        given().auth().oauth2(deptOperator).queryParams(Map.of("from", "2026-03-01", "to", "2026-03-31", "agency", P))
                .get("/api/v1/stats").then().statusCode(403).contentType("application/problem+json");
        JsonPath own = stats(deptOperator, Map.of("from", "2026-03-01", "to", "2026-03-31"));
        assertThat(own.getString("agency")).isEqualTo(D1);
        assertThat(own.getInt("total.received")).isEqualTo(5);
        JsonPath commune = stats(DevstackTestResource.token("leader", P),
                Map.of("from", "2026-03-01", "to", "2026-03-31", "agency", C1));
        assertThat(commune.getInt("total.resolved")).isEqualTo(2);
        given().auth().oauth2(DevstackTestResource.token("clerk", P)).get("/api/v1/stats").then().statusCode(403);
    }

    @Test
    void badParametersAreProblems() {
        assertThat(given().auth().oauth2(Sla.admin()).queryParams(Map.of("from", "2026-13-01")).get("/api/v1/stats")
                .then().statusCode(400).contentType("application/problem+json").extract().jsonPath()
                .getString("errors[0].field")).isEqualTo("from");
        given().auth().oauth2(Sla.admin()).queryParams(Map.of("groupBy", "weekday")).get("/api/v1/stats")
                .then().statusCode(400);
        given().auth().oauth2(Sla.admin()).queryParams(Map.of("from", "2026-03-02", "to", "2026-03-01"))
                .get("/api/v1/stats").then().statusCode(400);
        given().auth().oauth2(Sla.admin()).queryParams(Map.of("channel", "fax")).get("/api/v1/stats")
                .then().statusCode(400);
    }

    @Test
    void overdueListsOpenDossiersOldestFirstWithTheirHolder() {
        JsonPath json = given().auth().oauth2(DevstackTestResource.token("operator", P))
                .queryParams(Map.of("agency", P, "size", 10)).get("/api/v1/overdue")
                .then().statusCode(200).extract().jsonPath();
        // H (due 23/3) then G (due 1/4); I is paused
        assertThat(json.getInt("total")).isEqualTo(2);
        assertThat(json.getList("items.currentDueAt")).containsExactly("2026-03-23T08:00:00+07:00",
                "2026-04-01T08:00:00+07:00");
        assertThat(json.getBoolean("items[0].rescheduled")).isFalse();
        assertThat(json.getString("items[0].apology")).isEqualTo("NONE");
        assertThat(json.getInt("items[0].calendarDaysLate")).isPositive();
        assertThat(json.getInt("items[0].workingDaysLate")).isPositive();
        given().auth().oauth2(DevstackTestResource.token("officer", D1)).queryParams(Map.of("agency", C1))
                .get("/api/v1/overdue").then().statusCode(403);
    }
}
