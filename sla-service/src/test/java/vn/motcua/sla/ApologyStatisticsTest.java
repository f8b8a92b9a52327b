package vn.motcua.sla;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.sla.Receipt.vn;
import static vn.motcua.sla.Sla.awaitDeadline;
import static vn.motcua.sla.Sla.send;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.events.AgencyLevel;
import vn.motcua.events.AgencyRef;
import vn.motcua.events.lifecycle.DossierRescheduled;
import vn.motcua.events.lifecycle.ProcessingCompleted;

/**
 * The late dossiers by apology, counted by hand: six dossiers received Mon 2/3/2026 08:00, due Mon 9/3 08:00, an
 * apology in time until Fri 6/3 08:00 (national calendar). Department D: on time; late, never apologised; late,
 * apologised in time. Commune C: late, apologised late; late, re-appointed automatically; early.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "sla"))
class ApologyStatisticsTest {
    private static final String P = "A" + ThreadLocalRandom.current().nextInt(100_000, 999_999) + ".H97";
    private static final AgencyRef DEPT = Receipt.agency("D." + P, "Sở Xây dựng", AgencyLevel.PROVINCE,
            List.of(P, "D." + P));
    private static final AgencyRef COMMUNE = Receipt.agency("C." + P, "UBND xã Tân Lập", AgencyLevel.COMMUNE,
            List.of(P, "C." + P));
    private static final Instant DUE = vn("2026-03-09T08:00");
    private static boolean loaded;

    @BeforeEach
    void loadTheMonth() {
        if (loaded) {
            return;
        }
        completed(DEPT, null, "2026-03-09T16:00");
        completed(DEPT, null, "2026-03-10T10:00");
        completed(DEPT, reschedule("2026-03-05T10:00", "2026-03-12T17:00", false, false), "2026-03-11T10:00");
        completed(COMMUNE, reschedule("2026-03-06T15:00", "2026-03-13T17:00", false, true), "2026-03-12T10:00");
        completed(COMMUNE, reschedule("2026-03-09T08:00", "2026-03-16T08:00", true, true), "2026-03-13T10:00");
        completed(COMMUNE, null, "2026-03-06T10:00");
        loaded = true;
    }

    private record Reschedule(Instant at, Instant newDueAt, boolean automatic, boolean late) {
    }

    private static Reschedule reschedule(String at, String newDueAt, boolean automatic, boolean late) {
        return new Reschedule(vn(at), vn(newDueAt), automatic, late);
    }

    private static void completed(AgencyRef deciding, Reschedule r, String endedAt) {
        String code = Sla.receive(Receipt.of().code(Receipt.uniqueCode(deciding.code())).deciding(deciding)
                .receivedAt(vn("2026-03-02T08:00")));
        if (r != null) {
            send(code, new DossierRescheduled(code, r.at(), r.automatic() ? "system" : "leader@x", "lý do", DUE,
                    r.newDueAt(), r.automatic() ? null : "Chủ tịch", r.automatic(), r.late()));
        }
        send(code, new ProcessingCompleted(code, vn(endedAt), "officer@x", "KQ"));
        awaitDeadline(code, j -> "COMPLETED".equals(j.getString("status.name")));
    }

    private static JsonPath march(String groupBy) {
        return given().auth().oauth2(Sla.admin()).queryParams(Map.of("from", "2026-03-01", "to", "2026-03-31",
                "agency", P, "groupBy", groupBy)).get("/api/v1/stats").then().statusCode(200).extract().jsonPath();
    }

    /** resolved, early, on time, late; of the late: apologised in time, apologised late, never by an officer. */
    private static void assertLate(Map<String, Object> row, int resolved, int early, int onTime, int late, int inTime,
            int apologisedLate, int never, float rate) {
        assertThat(row).containsEntry("resolved", resolved).containsEntry("early", early)
                .containsEntry("onTime", onTime).containsEntry("late", late).containsEntry("apologisedInTime", inTime)
                .containsEntry("apologisedLate", apologisedLate).containsEntry("neverApologisedByOfficer", never)
                .containsEntry("onTimeRate", rate);
    }

    @Test
    void theLateRowsSplitByApologyAsCountedByHand() {
        JsonPath json = march("agency");
        assertThat(json.getList("rows.key")).containsExactly(COMMUNE.code(), DEPT.code());
        assertLate(json.getMap("rows[0]"), 3, 1, 0, 2, 0, 1, 1, 33.3f);
        assertLate(json.getMap("rows[1]"), 3, 0, 1, 2, 1, 0, 1, 33.3f);
        assertLate(json.getMap("total"), 6, 1, 1, 4, 1, 1, 2, 33.3f);
        JsonPath byMonth = march("month");
        assertThat(byMonth.getList("rows.key")).containsExactly("2026-03");
        assertLate(byMonth.getMap("rows[0]"), 6, 1, 1, 4, 1, 1, 2, 33.3f);
    }

    @Test
    void theDashboardTableAndItsCsvShowTheSameSplit() {
        String operator = DevstackTestResource.token("operator", P);
        String query = "period=month&month=2026-03&agency=" + P;
        String csv = new String(given().cookie("motcua_session", operator).get("/dashboard/export.csv?" + query)
                .then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).contains(",Trễ hạn,Trễ hạn: xin lỗi kịp thời,Trễ hạn: xin lỗi muộn,"
                + "Trễ hạn: cơ quan không xin lỗi,Tỷ lệ đúng hạn (%),");
        assertThat(lines.subList(1, lines.size())).containsExactly(
                COMMUNE.code() + ",UBND xã Tân Lập,0,3,3,0,0,3,1,0,2,0,1,1,33.3,0,0,0",
                DEPT.code() + ",Sở Xây dựng,0,3,3,0,0,3,0,1,2,1,0,1,33.3,0,0,0",
                "total,Tổng cộng,0,6,6,0,0,6,1,1,4,1,1,2,33.3,0,0,0");
        String html = given().cookie("motcua_session", operator).get("/dashboard?" + query).then().statusCode(200)
                .extract().asString();
        assertThat(html).contains("<th scope=\"col\" class=\"num\" title=\"Trong số hồ sơ trễ hạn: cơ quan xin lỗi,"
                + " hẹn lại trước hẹn ít nhất 1 ngày làm việc\">Trong đó xin lỗi kịp thời</th>");
        // the main table's total: late 4 = 1 in time + 1 late + 2 never by an officer
        assertThat(html).contains("<tr data-key=\"total\"><th scope=\"row\">Tổng cộng</th><td class=\"num\">6</td>"
                + "<td class=\"num\">6</td><td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num\">4</td>"
                + "<td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num\">2</td>");
    }
}
