package vn.motcua.sla;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static vn.motcua.sla.Receipt.vn;
import static vn.motcua.sla.Sla.awaitDeadline;
import static vn.motcua.sla.Sla.send;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.events.AgencyLevel;
import vn.motcua.events.AgencyRef;
import vn.motcua.events.Channel;
import vn.motcua.events.FeeChannel;
import vn.motcua.events.FeePayment;
import vn.motcua.events.IndexFacts;
import vn.motcua.events.OnlineLevel;
import vn.motcua.events.Topics;
import vn.motcua.events.lifecycle.DossierWithdrawn;
import vn.motcua.events.lifecycle.FeesPaid;
import vn.motcua.events.lifecycle.FeesRequested;
import vn.motcua.events.lifecycle.ProcessingCompleted;
import vn.motcua.events.lifecycle.ResultReturned;
import vn.motcua.events.lifecycle.ServiceRated;

/**
 * Decision 766's scorecard of a hand-built June 2026 (5-working-day procedures received Monday 1/6 08:00 are due Monday
 * 8/6 08:00), compared with the hand computation in each test. Province P: department D1 (d1..d5) and commune C1
 * (c1..c3). The test profile scales only the two progress indicators, 10 points each (not an official scale:
 * application.properties), so that the known points, the total and a complete group can be checked.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "sla"))
class ScorecardTest {
    private static final String P = "P" + ThreadLocalRandom.current().nextInt(100_000, 999_999) + ".H98";
    private static final String D1 = "D1." + P;
    private static final String C1 = "C1." + P;
    private static final AgencyRef DEPT = Receipt.agency(D1, "Sở Tư pháp", AgencyLevel.PROVINCE, List.of(P, D1));
    private static final AgencyRef COMMUNE = Receipt.agency(C1, "UBND xã Tân Phú", AgencyLevel.COMMUNE, List.of(P, C1));
    // procedures X (published before it took effect), Y (published 4 days after), Z (before); W has no facts
    private static final String X = "1.000948";
    private static final String Y = "1.000894";
    private static final String W = "1.001193";
    private static final LocalDate X_IN_FORCE = LocalDate.of(2026, 5, 1);
    private static final LocalDate Y_IN_FORCE = LocalDate.of(2026, 6, 1);
    private static final LocalDate Z_IN_FORCE = LocalDate.of(2026, 1, 1);
    private static boolean loaded;

    @BeforeEach
    void loadJune() {
        synchronized (ScorecardTest.class) {
            if (!loaded) {
                load();
                loaded = true;
            }
        }
    }

    private static void load() {
        // d1: online, X (FULL), 4 documents (4 digitised, 1 reused), fee paid online at the counter; done 5/6 (early),
        // result digitised and put in the citizen's store; rated all 5 — delivered twice, then a second rating (all 1)
        String d1 = receive(dept(Channel.ONLINE, "2026-06-01T08:00", X), facts(OnlineLevel.FULL, X_IN_FORCE,
                "2026-04-20", 4, 4, 1, new FeePayment(50_000, FeeChannel.ONLINE, vn("2026-06-01T08:05"))));
        send(d1, new ProcessingCompleted(d1, vn("2026-06-05T10:00"), "officer@x", "KQ", true, true));
        UUID rating = UUID.randomUUID();
        Sla.WRITER.send(Topics.DOSSIER_LIFECYCLE, d1, rated(d1, "2026-06-10T09:00", 5, 5, 5, 5, 5), rating);
        Sla.WRITER.send(Topics.DOSSIER_LIFECYCLE, d1, rated(d1, "2026-06-10T09:00", 5, 5, 5, 5, 5), rating);
        send(d1, rated(d1, "2026-06-11T09:00", 1, 1, 1, 1, 1));
        send(d1, new ResultReturned(d1, vn("2026-06-12T09:00"), "clerk@x", Channel.IN_PERSON));
        awaitStatus(d1, "RETURNED");
        // d2: online, X, 2 documents digitised; fees 3/6 paid at a bank (the payment delivered twice); done 8/6 16:00
        // (on time), result digitised, not in the store; rated 4 3 5 2 4 (3 of 5 satisfied)
        String d2 = receive(dept(Channel.ONLINE, "2026-06-01T08:00", X), facts(OnlineLevel.FULL, X_IN_FORCE,
                "2026-04-20", 2, 2, 0, null));
        send(d2, new FeesRequested(d2, vn("2026-06-03T08:00"), "officer@x", "lệ phí"));
        UUID payment = UUID.randomUUID();
        FeesPaid paid = new FeesPaid(d2, vn("2026-06-03T10:00"), "clerk@x",
                new FeePayment(100_000, FeeChannel.OFFLINE, vn("2026-06-03T10:00")));
        Sla.WRITER.send(Topics.DOSSIER_LIFECYCLE, d2, paid, payment);
        Sla.WRITER.send(Topics.DOSSIER_LIFECYCLE, d2, paid, payment);
        send(d2, new ProcessingCompleted(d2, vn("2026-06-08T16:00"), "officer@x", "KQ", true, false));
        send(d2, rated(d2, "2026-06-15T09:00", 4, 3, 5, 2, 4));
        send(d2, new ResultReturned(d2, vn("2026-06-16T09:00"), "clerk@x", Channel.IN_PERSON));
        awaitStatus(d2, "RETURNED");
        // d3: in person, Y (PARTIAL), 3 documents (1 digitised); done 10/6 (late), result on paper; rated in July
        String d3 = receive(dept(Channel.IN_PERSON, "2026-06-01T08:00", Y), facts(OnlineLevel.PARTIAL, Y_IN_FORCE,
                "2026-06-05", 3, 1, 0, null));
        send(d3, new ProcessingCompleted(d3, vn("2026-06-10T10:00"), "officer@x", "KQ", false, false));
        send(d3, rated(d3, "2026-07-02T09:00", 3, 3, 3, 3, 3));
        send(d3, new ResultReturned(d3, vn("2026-07-03T09:00"), "clerk@x", Channel.IN_PERSON));
        awaitStatus(d3, "RETURNED");
        // d4: in person, Y, 2 documents, open and overdue since 8/6
        missed(receive(dept(Channel.IN_PERSON, "2026-06-01T08:00", Y), facts(OnlineLevel.PARTIAL, Y_IN_FORCE,
                "2026-06-05", 2, 0, 0, null)));
        // d5: a receipt without index facts (older event), open, due 6/7: within its deadline at the end of June
        missed(Sla.receive(dept(Channel.IN_PERSON, "2026-06-29T08:00", W)));
        // c1: online, Z (NONE), 1 document digitised and reused; fees paid online 2/6; done 2/6 (early), result
        // digitised (its store not stated); rated all 4
        String c1 = receive(commune(Channel.ONLINE, "2026-06-01T08:00"), facts(OnlineLevel.NONE, Z_IN_FORCE,
                "2025-12-15", 1, 1, 1, null));
        send(c1, new FeesRequested(c1, vn("2026-06-01T09:00"), "officer@x", "lệ phí"));
        send(c1, new FeesPaid(c1, vn("2026-06-02T08:00"), "citizen",
                new FeePayment(20_000, FeeChannel.ONLINE, vn("2026-06-02T07:55"))));
        send(c1, new ProcessingCompleted(c1, vn("2026-06-02T10:00"), "officer@x", "KQ", true, null));
        send(c1, rated(c1, "2026-06-15T09:00", 4, 4, 4, 4, 4));
        send(c1, new ResultReturned(c1, vn("2026-06-16T09:00"), "clerk@x", Channel.IN_PERSON));
        awaitStatus(c1, "RETURNED");
        // c2: in person, Z, 2 documents, fee paid at the counter; withdrawn 3/6 (on time)
        String c2 = receive(commune(Channel.IN_PERSON, "2026-06-01T08:00"), facts(OnlineLevel.NONE, Z_IN_FORCE,
                "2025-12-15", 2, 0, 0, new FeePayment(30_000, FeeChannel.OFFLINE, vn("2026-06-01T08:10"))));
        send(c2, new DossierWithdrawn(c2, vn("2026-06-03T09:00"), "clerk@x", "công dân rút"));
        awaitStatus(c2, "WITHDRAWN");
        // c3: postal, Z, 1 document digitised; open, due 29/6 08:00: overdue at the end of June
        missed(receive(commune(Channel.POSTAL, "2026-06-22T08:00"), facts(OnlineLevel.NONE, Z_IN_FORCE, "2025-12-15",
                1, 1, 0, null)));
    }

    @Test
    void juneMatchesTheHandComputation() {
        JsonPath json = indicators(Map.of("from", "2026-06-01", "to", "2026-06-30"));
        assertThat(json.getString("groupBy")).isEqualTo("total");
        assertThat(json.getList("scorecards")).hasSize(1);
        Map<String, Map<String, Object>> june = byKey(json, 0);
        assertJune(june);
        assertThat(json.getList("scorecards[0].groups.key"))
                .containsExactly("transparency", "progress", "online", "digitisation", "satisfaction");
        assertThat(json.getList("scorecards[0].groups.maximum")).containsExactly(18, 20, 22, 22, 18);
        // known points: progress only (8.00 + 3.33), which is thereby complete
        assertThat(decimal(json.get("scorecards[0].total"))).isEqualByComparingTo("11.33");
        assertThat(json.getInt("scorecards[0].maximum")).isEqualTo(100);
        assertThat(json.getList("scorecards[0].completeGroups")).containsExactly("progress");
        assertThat(json.getBoolean("scorecards[0].pointsKnown")).isFalse();
        assertThat(decimal(json.get("scorecards[0].groups[1].points"))).isEqualByComparingTo("11.33");
        assertThat(json.getBoolean("scorecards[0].groups[1].complete")).isTrue();
        assertThat(json.getBoolean("scorecards[0].groups[0].complete")).isFalse();
        Map<String, Object> unscaled = june.get("online.onlinePayments");
        assertThat(unscaled).containsEntry("pointsKnown", false).containsEntry("points", null)
                .containsEntry("maximum", null);
        assertThat((String) unscaled.get("reason")).contains("not known");
        assertThat((String) unscaled.get("source")).startsWith("QĐ 766/QĐ-TTg, Phụ lục");
        assertThat((String) june.get("digitisation.resultsReused").get("source")).startsWith("not official:");
        assertThat((String) june.get("progress.resolvedOnTime").get("name")).isEqualTo("Hồ sơ đã giải quyết trước hạn, đúng hạn");
    }

    /** The hand count of June for P with its sub-units. */
    private static void assertJune(Map<String, Map<String, Object>> june) {
        // procedures X, Y, Z: X and Z published no later than in force
        assertIndicator(june, "transparency.publishedInTime", 2, 3, "66.67", null);
        // resolved d1 d2 d3 c1 c2, of which d3 late; open at the end of June d4 (overdue) d5 c3 (overdue)
        assertIndicator(june, "progress.resolvedOnTime", 4, 5, "80.00", "8.00");
        assertIndicator(june, "progress.openWithinDeadline", 1, 3, "33.33", "3.33");
        // received 8, online d1 d2 c1; procedures X FULL, Y PARTIAL, Z NONE; payments d1 c1 online, d2 c2 not
        assertIndicator(june, "online.onlineDossiers", 3, 8, "37.50", null);
        assertIndicator(june, "online.onlineProcedures", 2, 3, "66.67", null);
        assertIndicator(june, "online.fullOnlineProcedures", 1, 3, "33.33", null);
        assertIndicator(june, "online.onlinePayments", 2, 4, "50.00", null);
        // documents 4+2+3+2+1+2+1 = 15 (d5 has no facts), digitised 4+2+1+0+1+0+1 = 9, reused 1+1 = 2
        assertIndicator(june, "digitisation.documentsDigitised", 9, 15, "60.00", null);
        assertIndicator(june, "digitisation.documentsReused", 2, 15, "13.33", null);
        // results d1 d2 d3 c1, digitised but d3; in the store: stated by d1 (yes) d2 d3 (no)
        assertIndicator(june, "digitisation.resultsDigitised", 3, 4, "75.00", null);
        assertIndicator(june, "digitisation.resultsReused", 1, 3, "33.33", null);
        // ratings in June d1 (5 5 5 5 5, its second rating ignored), d2 (4 3 5 2 4), c1 (4 4 4 4 4); d3's is July's
        assertIndicator(june, "satisfaction.satisfied", 13, 15, "86.67", null);
        assertIndicator(june, "satisfaction.satisfiedAccess", 3, 3, "100.00", null);
        assertIndicator(june, "satisfaction.satisfiedProcedure", 2, 3, "66.67", null);
        assertIndicator(june, "satisfaction.satisfiedOfficer", 3, 3, "100.00", null);
        assertIndicator(june, "satisfaction.satisfiedResult", 2, 3, "66.67", null);
        assertIndicator(june, "satisfaction.satisfiedFeedback", 3, 3, "100.00", null);
    }

    @Test
    void byMonthJuneIsTheSameAndJulyHasItsOwn() {
        JsonPath json = indicators(Map.of("from", "2026-06-01", "to", "2026-07-31", "groupBy", "month"));
        assertThat(json.getList("scorecards.key")).containsExactly("2026-06", "2026-07");
        assertThat(json.getList("scorecards.label")).containsExactly("Tháng 06/2026", "Tháng 07/2026");
        assertJune(byKey(json, 0));
        Map<String, Map<String, Object>> july = byKey(json, 1);
        // nothing resolved; d4 d5 c3 open and overdue at the end of July; d3's rating 3 3 3 3 3
        assertIndicator(july, "progress.resolvedOnTime", 0, 0, null, null);
        assertThat(july.get("progress.resolvedOnTime").get("reason")).asString().contains("denominator 0");
        assertIndicator(july, "progress.openWithinDeadline", 0, 3, "0.00", "0.00");
        assertIndicator(july, "online.onlineDossiers", 0, 0, null, null);
        assertIndicator(july, "satisfaction.satisfied", 0, 5, "0.00", null);
        assertThat(json.getList("scorecards.completeGroups")).containsExactly(List.of("progress"), List.of());
    }

    @Test
    void byAgencyRanksTheSubUnits() {
        JsonPath json = indicators(Map.of("from", "2026-06-01", "to", "2026-06-30", "groupBy", "agency"));
        // D1: progress 2/3 and 1/2 -> 6.67 + 5.00 = 11.67; C1: 2/2 and 0/1 -> 10.00 + 0.00
        assertThat(json.getList("scorecards.key")).containsExactly(D1, C1);
        assertThat(json.getList("scorecards.rank")).containsExactly(1, 2);
        assertThat(json.getList("scorecards.label")).containsExactly("Sở Tư pháp", "UBND xã Tân Phú");
        assertThat(decimal(json.get("scorecards[0].total"))).isEqualByComparingTo("11.67");
        assertThat(decimal(json.get("scorecards[1].total"))).isEqualByComparingTo("10.00");
        Map<String, Map<String, Object>> dept = byKey(json, 0);
        assertIndicator(dept, "transparency.publishedInTime", 1, 2, "50.00", null);
        assertIndicator(dept, "progress.resolvedOnTime", 2, 3, "66.67", "6.67");
        assertIndicator(dept, "progress.openWithinDeadline", 1, 2, "50.00", "5.00");
        assertIndicator(dept, "online.onlineDossiers", 2, 5, "40.00", null);
        assertIndicator(dept, "online.onlinePayments", 1, 2, "50.00", null);
        assertIndicator(dept, "digitisation.documentsDigitised", 7, 11, "63.64", null);
        assertIndicator(dept, "satisfaction.satisfied", 8, 10, "80.00", null);
        Map<String, Map<String, Object>> commune = byKey(json, 1);
        assertIndicator(commune, "progress.resolvedOnTime", 2, 2, "100.00", "10.00");
        assertIndicator(commune, "progress.openWithinDeadline", 0, 1, "0.00", "0.00");
        assertIndicator(commune, "online.onlineProcedures", 0, 1, "0.00", null);
        assertIndicator(commune, "digitisation.resultsReused", 0, 0, null, null);
        assertIndicator(commune, "satisfaction.satisfied", 5, 5, "100.00", null);
    }

    @Test
    void theCsvHasEveryIndicatorWithABom() {
        byte[] body = given().auth().oauth2(Sla.admin())
                .queryParams(Map.of("agency", P, "from", "2026-06-01", "to", "2026-06-30", "groupBy", "agency"))
                .get("/api/v1/indicators/export.csv").then().statusCode(200)
                .contentType("text/csv; charset=UTF-8").extract().asByteArray();
        assertThat(body).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<String> lines = new String(body, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines.get(0)).startsWith("Mã,Tên,Xếp hạng,Nhóm chỉ số,Mã chỉ số,Chỉ số,Tử số,Mẫu số,Tỷ lệ (%),Điểm");
        // a header, 17 indicators and a total per agency
        assertThat(lines).hasSize(1 + 2 * 18);
        assertThat(lines).contains(D1 + ",Sở Tư pháp,1,Tiến độ giải quyết,progress.resolvedOnTime,"
                + "\"Hồ sơ đã giải quyết trước hạn, đúng hạn\",2,3,66.67,6.67,10.0,"
                + "\"QĐ 766/QĐ-TTg, Phụ lục, nhóm chỉ số \"\"Tiến độ giải quyết\"\"\"");
        assertThat(lines).anyMatch(l -> l.startsWith(C1 + ",UBND xã Tân Phú,2,,total,") && l.contains(",10.00,100,"));
    }

    @Test
    void theDashboardShowsMonthsAgenciesAndTheRanking() {
        String operator = DevstackTestResource.token("operator", P);
        String query = "period=custom&from=2026-06-01&to=2026-07-31&agency=" + P;
        String html = given().cookie("motcua_session", operator).redirects().follow(false)
                .get("/dashboard/indicators?" + query).then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString().replaceAll("\\s+", " ");
        assertThat(html).contains("Theo tháng", "Tháng 06/2026", "Tháng 07/2026", "Theo đơn vị", "Xếp hạng đơn vị",
                "Công khai, minh bạch <small>(tối đa 18 điểm)</small>", "80,00% (4/5) · 8,00 điểm", "86,67% (13/15)",
                "/dashboard/indicators/export.csv?", "&amp;groupBy=agency\">");
        // the ranking over June and July: C1 (2/2 resolved on time, 0/1 open in time at the end of July: 10,00) before
        // D1 (2/3 and 0/2, d5 being overdue by then: 6,67)
        assertThat(html).containsPattern("<td class=\"num\">1</td><th scope=\"row\">UBND xã Tân Phú <small>\\("
                + C1.replace(".", "\\.") + "\\)</small></th> <td class=\"num\">10,00</td>");
        assertThat(html).contains("<td class=\"num\">2</td><th scope=\"row\">Sở Tư pháp <small>(" + D1
                + ")</small></th> <td class=\"num\">6,67</td>");
        String csv = given().cookie("motcua_session", operator)
                .get("/dashboard/indicators/export.csv?" + query + "&groupBy=month").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        assertThat(csv).startsWith("\uFEFFMã,Tên,").contains("2026-07,Tháng 07/2026,,Mức độ hài lòng,satisfaction.satisfied,");
        given().redirects().follow(false).get("/dashboard/indicators").then().statusCode(303);
        given().cookie("motcua_session", operator).get("/dashboard/indicators/export.csv?groupBy=week")
                .then().statusCode(400);
        String dashboard = given().cookie("motcua_session", operator).get("/dashboard?" + query).then().statusCode(200)
                .extract().asString();
        assertThat(dashboard).contains("/dashboard/indicators?");
    }

    @Test
    void badParametersAreNamed() {
        assertBadRequest(Map.of("groupBy", "week"), "groupBy");
        assertBadRequest(Map.of("from", "2026-13-01"), "from");
        assertBadRequest(Map.of("from", "2026-06-02", "to", "2026-06-01"), "to");
        given().auth().oauth2(DevstackTestResource.token("officer", D1)).queryParams(Map.of("agency", P))
                .get("/api/v1/indicators").then().statusCode(403);
    }

    private static void assertBadRequest(Map<String, String> params, String field) {
        Map<String, Object> query = new HashMap<>(params);
        query.put("agency", P);
        assertThat(given().auth().oauth2(Sla.admin()).queryParams(query).get("/api/v1/indicators")
                .then().statusCode(400).contentType("application/problem+json").extract().jsonPath()
                .getString("errors[0].field")).isEqualTo(field);
    }

    private static JsonPath indicators(Map<String, String> params) {
        Map<String, Object> query = new HashMap<>(params);
        query.put("agency", P);
        return given().auth().oauth2(Sla.admin()).queryParams(query).get("/api/v1/indicators")
                .then().statusCode(200).extract().jsonPath();
    }

    /** The indicators of scorecard {@code card} by key. */
    private static Map<String, Map<String, Object>> byKey(JsonPath json, int card) {
        Map<String, Map<String, Object>> byKey = new HashMap<>();
        List<List<Map<String, Object>>> groups = json.getList("scorecards[" + card + "].groups.indicators");
        groups.forEach(g -> g.forEach(i -> byKey.put((String) i.get("key"), i)));
        return byKey;
    }

    private static void assertIndicator(Map<String, Map<String, Object>> card, String key, int numerator,
            int denominator, String rate, String points) {
        Map<String, Object> i = card.get(key);
        assertThat(i).as(key).containsEntry("numerator", numerator).containsEntry("denominator", denominator);
        assertDecimal(key + " rate", i.get("rate"), rate);
        assertDecimal(key + " points", i.get("points"), points);
        assertThat(i.get("pointsKnown")).as(key).isEqualTo(points != null);
    }

    private static void assertDecimal(String what, Object actual, String expected) {
        if (expected == null) {
            assertThat(actual).as(what).isNull();
        } else {
            assertThat(decimal(actual)).as(what).isEqualByComparingTo(expected);
        }
    }

    private static BigDecimal decimal(Object value) {
        return new BigDecimal(String.valueOf(value));
    }

    private static IndexFacts facts(OnlineLevel level, LocalDate inForce, String published, int documents,
            int digitised, int reused, FeePayment fee) {
        return new IndexFacts(level, inForce, LocalDate.parse(published), documents, digitised, reused, fee);
    }

    private static ServiceRated rated(String code, String at, int access, int procedure, int officer, int result,
            int feedback) {
        return new ServiceRated(code, vn(at), "citizen", Map.of("ACCESS", access, "PROCEDURE", procedure,
                "OFFICER", officer, "RESULT", result, "FEEDBACK", feedback));
    }

    private static String receive(Receipt receipt, IndexFacts facts) {
        return Sla.receive(receipt.facts(facts));
    }

    private static Receipt dept(Channel channel, String receivedAt, String procedure) {
        return Receipt.of().code(Receipt.uniqueCode(D1)).deciding(DEPT).channel(channel).receivedAt(vn(receivedAt))
                .procedure(procedure);
    }

    private static Receipt commune(Channel channel, String receivedAt) {
        return Receipt.of().code(Receipt.uniqueCode(C1)).deciding(COMMUNE).channel(channel).receivedAt(vn(receivedAt))
                .procedure("2.000635");
    }

    /** Waits until the scanner has seen the open dossier's appointment pass: the statistics count it overdue. */
    private static void missed(String code) {
        awaitDeadline(code, j -> j.getString("episodes[0].missedAt") != null);
    }

    private static void awaitStatus(String code, String status) {
        awaitDeadline(code, j -> status.equals(j.getString("status.name")));
    }
}
