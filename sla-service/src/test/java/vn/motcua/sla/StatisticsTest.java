package vn.motcua.sla;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;

/** The month of {@link MarchFixture}, counted by hand, compared exactly. */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "sla"))
class StatisticsTest {
    private static final String P = MarchFixture.P;
    private static final String D1 = MarchFixture.D1;
    private static final String C1 = MarchFixture.C1;

    @Inject
    EntityManager em;

    @BeforeEach
    void loadTheMonth() {
        MarchFixture.load();
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
