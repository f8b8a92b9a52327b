package vn.motcua.sla;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.motcua.sla.Receipt.vn;
import static vn.motcua.sla.Sla.send;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.events.AgencyLevel;
import vn.motcua.events.AgencyRef;
import vn.motcua.events.LateCause;
import vn.motcua.events.lifecycle.ProcessingCompleted;
import vn.motcua.events.lifecycle.ProcessingStarted;
import vn.motcua.events.lifecycle.StepAssigned;
import vn.motcua.events.lifecycle.StepLateCauseRecorded;

/**
 * Accountability for late dossiers (issue 17), counted by hand. Province P has a deciding department D (its units
 * D.01 and D.02, known only by their codes) and the tax department T, a partner agency (liên thông). 5-working-day
 * dossiers of D received Mon 2/3/2026 08:00 are due Mon 9/3 08:00:
 * X1 step 1 (D.01, o1, due 4/3) handed on 6/3 → 2 days over; step 2 (T, o3, due 9/3) to 10/3 → 1 day; blamed:
 *    step 1, cause SUBJECTIVE.
 * X2 step 1 (D.01, o1, due 6/3) handed on 5/3 → in time; step 2 (T, o3, due 6/3) to 11/3 → blamed, OBJECTIVE.
 * X3 no step, done 10/3 → late, unattributed.
 * X4 step 1 (D.02, o2, due 9/3 17:00) to 10/3 08:00 → blamed, no cause.
 * X5 done 6/3 → early, not counted.
 * X6 step 1 (D.01, o1, due 3/3 08:00) to 4/3 08:00 and step 2 (D.02, o2, due 9/3 08:00) to 10/3 08:00 overran by
 *    exactly one day each: the tie goes to the earliest, step 1.
 * Late of D in March: 5. By unit: D.01 2 (inside), T 1 (partner), D.02 1 (inside), unattributed 1. By officer: o1 2,
 * o2 1, o3 1, unattributed 1. By step: Thẩm định 3, Xác minh thuế 1, unattributed 1. Causes: 1 subjective,
 * 1 objective, 3 not recorded.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "sla"))
class AccountabilityTest {
    private static final String P = "A" + ThreadLocalRandom.current().nextInt(100_000, 999_999) + ".H98";
    private static final String D = "D9." + P;
    private static final String T = "T9." + P;
    private static final String D01 = D + ".01";
    private static final String D02 = D + ".02";
    private static final AgencyRef DEPT = Receipt.agency(D, "Sở Kế hoạch và Đầu tư", AgencyLevel.PROVINCE, List.of(P, D));
    private static final AgencyRef TAX = Receipt.agency(T, "Cục Thuế tỉnh", AgencyLevel.PROVINCE, List.of(P, T));
    private static final String APPRAISE = "Thẩm định";
    private static final String TAX_CHECK = "Xác minh thuế";
    private static boolean loaded;

    @BeforeEach
    void loadTheFixture() {
        load();
    }

    private static synchronized void load() {
        if (loaded) {
            return;
        }
        String x1 = receive(DEPT);
        send(x1, new ProcessingStarted(x1, vn("2026-03-02T08:00"), "leader@x", APPRAISE, D01, "o1", vn("2026-03-04T08:00")));
        send(x1, new StepAssigned(x1, vn("2026-03-06T10:00"), "o1", TAX_CHECK, D01, "o1", T, "o3", vn("2026-03-09T08:00")));
        send(x1, new StepLateCauseRecorded(x1, vn("2026-03-06T11:00"), "o1", 1, APPRAISE, D01, "o1",
                LateCause.SUBJECTIVE, "Chuyên viên nghỉ phép không bàn giao"));
        complete(x1, "2026-03-10T08:00");

        String x2 = receive(DEPT);
        send(x2, new ProcessingStarted(x2, vn("2026-03-02T08:00"), "leader@x", APPRAISE, D01, "o1", vn("2026-03-06T08:00")));
        send(x2, new StepAssigned(x2, vn("2026-03-05T08:00"), "o1", TAX_CHECK, D01, "o1", T, "o3", vn("2026-03-06T08:00")));
        send(x2, new StepLateCauseRecorded(x2, vn("2026-03-10T09:00"), "o3", 2, TAX_CHECK, T, "o3",
                LateCause.OBJECTIVE, "Chờ dữ liệu đất đai"));
        complete(x2, "2026-03-11T10:00");

        complete(receive(DEPT), "2026-03-10T08:00");

        String x4 = receive(DEPT);
        send(x4, new ProcessingStarted(x4, vn("2026-03-02T08:00"), "leader@x", APPRAISE, D02, "o2", vn("2026-03-09T17:00")));
        complete(x4, "2026-03-10T08:00");

        String x5 = receive(DEPT);
        send(x5, new ProcessingStarted(x5, vn("2026-03-02T08:00"), "leader@x", APPRAISE, D01, "o1", vn("2026-03-03T08:00")));
        complete(x5, "2026-03-06T08:00");

        String x6 = receive(DEPT);
        send(x6, new ProcessingStarted(x6, vn("2026-03-02T08:00"), "leader@x", APPRAISE, D01, "o1", vn("2026-03-03T08:00")));
        send(x6, new StepAssigned(x6, vn("2026-03-04T08:00"), "o1", APPRAISE, D01, "o1", D02, "o2", vn("2026-03-09T08:00")));
        complete(x6, "2026-03-10T08:00");

        // the partner agency's own dossier, early: T is known to the tree, outside D
        complete(receive(TAX), "2026-03-03T08:00");
        loaded = true;
    }

    private static String receive(AgencyRef deciding) {
        return Sla.receive(Receipt.of().code(Receipt.uniqueCode(deciding.code())).deciding(deciding)
                .receivedAt(vn("2026-03-02T08:00")));
    }

    private static void complete(String code, String at) {
        send(code, new ProcessingCompleted(code, vn(at), "o1", "KQ"));
        Sla.awaitDeadline(code, j -> "COMPLETED".equals(j.getString("status.name")));
    }

    private static JsonPath march(String agency, String groupBy) {
        Map<String, Object> params = new HashMap<>(Map.of("from", "2026-03-01", "to", "2026-03-31", "agency", agency));
        params.put("groupBy", groupBy);
        return given().auth().oauth2(Sla.admin()).queryParams(params).get("/api/v1/stats").then().statusCode(200)
                .extract().jsonPath();
    }

    private static Map<String, Object> row(JsonPath json, String key) {
        return json.getMap("rows.find { it.key == '" + key + "' }");
    }

    private static List<Object> counts(Map<String, Object> row) {
        return List.of(row.get("late"), row.get("insideAgency"), row.get("partnerAgency"), row.get("subjective"),
                row.get("objective"), row.get("causeNotRecorded"));
    }

    @Test
    void byUnitStepAndOfficerEachAddUpToTheAgencysLateTotal() {
        int late = march(D, "agency").getInt("total.late");
        assertThat(late).isEqualTo(5);
        assertThat(march(P, "agency").getInt("total.late")).as("the province, T's early dossier included").isEqualTo(5);
        for (String groupBy : List.of("unit", "step", "officer")) {
            for (String agency : List.of(D, P)) {
                JsonPath json = march(agency, groupBy);
                assertThat(json.getString("groupBy")).isEqualTo(groupBy);
                List<Integer> rows = json.getList("rows.late", Integer.class);
                int sum = rows.stream().mapToInt(Integer::intValue).sum() + json.getInt("unattributed.late");
                assertThat(sum).as(groupBy + " rows + unattributed of " + agency).isEqualTo(late);
                assertThat(json.getInt("total.late")).isEqualTo(late);
                assertThat(json.getInt("total.insideAgency") + json.getInt("total.partnerAgency")
                        + json.getInt("unattributed.late")).isEqualTo(late);
                assertThat(json.getInt("total.subjective") + json.getInt("total.objective")
                        + json.getInt("total.causeNotRecorded")).isEqualTo(late);
            }
        }
    }

    @Test
    void eachLateDossierIsBlamedOnTheStepThatOverranMost() {
        JsonPath units = march(D, "unit");
        assertThat(units.getList("rows.key")).containsExactly(D01, D02, T);
        assertThat(counts(row(units, D01))).containsExactly(2, 2, 0, 1, 0, 1);
        assertThat(counts(row(units, D02))).containsExactly(1, 1, 0, 0, 0, 1);
        assertThat(counts(row(units, T))).containsExactly(1, 0, 1, 0, 1, 0);
        assertThat(row(units, T).get("label")).isEqualTo("Cục Thuế tỉnh");
        assertThat(counts(units.getMap("unattributed"))).containsExactly(1, 0, 0, 0, 0, 1);
        assertThat(units.getString("unattributed.key")).isEqualTo("unattributed");
        assertThat(counts(units.getMap("total"))).containsExactly(5, 3, 1, 1, 1, 3);

        JsonPath officers = march(D, "officer");
        assertThat(officers.getList("rows.key")).containsExactly("o1", "o2", "o3");
        assertThat(officers.getList("rows.late", Integer.class)).containsExactly(2, 1, 1);
        assertThat(officers.getInt("unattributed.late")).isEqualTo(1);

        JsonPath steps = march(D, "step");
        assertThat(steps.getList("rows.key")).containsExactly(APPRAISE, TAX_CHECK);
        assertThat(counts(row(steps, APPRAISE))).containsExactly(3, 3, 0, 1, 0, 2);
        assertThat(counts(row(steps, TAX_CHECK))).containsExactly(1, 0, 1, 0, 1, 0);
    }

    @Test
    void otherGroupingsAndBadOnesAnswerAsBefore() {
        assertThat(march(D, "agency").getList("rows.key")).containsExactly(D);
        given().auth().oauth2(Sla.admin()).queryParam("groupBy", "desk").get("/api/v1/stats").then().statusCode(400)
                .body("errors[0].field", equalTo("groupBy")).body("errors[0].message", containsString("officer"));
        given().auth().oauth2(DevstackTestResource.token("officer", D)).queryParam("groupBy", "unit")
                .get("/api/v1/stats").then().statusCode(403);
    }

    @Test
    void theDashboardShowsTheTableAndItsCsv() {
        String operator = DevstackTestResource.token("operator", P);
        String query = "period=month&month=2026-03&agency=" + D;
        String html = given().cookie("motcua_session", operator).redirects().follow(false)
                .get("/dashboard/accountability?" + query + "&groupBy=unit").then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        assertThat(html).contains("Trách nhiệm trễ hạn theo đơn vị", "Tại cơ quan phối hợp (liên thông)",
                "Nguyên nhân chủ quan", "Chưa ghi nhận nguyên nhân", "Cục Thuế tỉnh", D01,
                "Không xác định được bước trễ hạn", "Tổng cộng", "Theo cán bộ");
        assertThat(html.replaceAll("\\s+", " ")).contains("<th scope=\"row\">Tổng cộng</th><td>5</td><td>3</td> <td>1</td>"
                + "<td>1</td><td>1</td> <td>3</td>");
        String csv = given().cookie("motcua_session", operator)
                .get("/dashboard/accountability/export.csv?" + query + "&groupBy=officer").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        assertThat(csv.lines().toList()).containsExactly(
                "\uFEFFMã,Tên,Số hồ sơ trễ hạn,Tại cơ quan giải quyết,Tại cơ quan phối hợp (liên thông),"
                        + "Nguyên nhân chủ quan,Nguyên nhân khách quan,Chưa ghi nhận nguyên nhân",
                "o1,o1,2,2,0,1,0,1", "o2,o2,1,1,0,0,0,1", "o3,o3,1,0,1,0,1,0",
                "unattributed,Không xác định được bước trễ hạn,1,0,0,0,0,1", "total,Tổng cộng,5,3,1,1,1,3");
        given().cookie("motcua_session", operator).get("/dashboard/accountability?groupBy=desk").then().statusCode(400);
        given().redirects().follow(false).get("/dashboard/accountability").then().statusCode(303);
        String dashboard = given().cookie("motcua_session", operator).get("/dashboard?" + query).then().statusCode(200)
                .extract().asString();
        assertThat(dashboard).contains("/dashboard/accountability?");
    }
}
