package vn.motcua.sla;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.sla.Receipt.vn;
import static vn.motcua.sla.Sla.awaitDeadline;
import static vn.motcua.sla.Sla.send;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.events.AgencyLevel;
import vn.motcua.events.AgencyRef;
import vn.motcua.events.Channel;
import vn.motcua.events.lifecycle.DossierRescheduled;
import vn.motcua.events.lifecycle.ProcessingCompleted;

/**
 * The operators' dashboard over a hand-counted March 2026 (5-working-day procedures, national calendar): a department
 * with one early and one late dossier, a commune with two overdue ones (one rescheduled). Sign-in, 401/403, figures in
 * Vietnamese formats, filters carried by the URL, CSV export; sign-in by POST only, from the dashboard's own origin.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "sla"))
class DashboardTest {
    private static final String P = "Q" + ThreadLocalRandom.current().nextInt(100_000, 999_999) + ".H98";
    private static final String D1 = "D1." + P;
    private static final String C1 = "C1." + P;
    private static final AgencyRef DEPT = Receipt.agency(D1, "Sở Tư pháp", AgencyLevel.PROVINCE, List.of(P, D1));
    private static final AgencyRef COMMUNE = Receipt.agency(C1, "UBND xã Tân Phú", AgencyLevel.COMMUNE, List.of(P, C1));
    private static final String MARCH = "period=month&month=2026-03&agency=" + P;
    private static String rescheduled;
    private static String overdue;

    @BeforeEach
    void loadTheMonth() {
        if (rescheduled != null) {
            return;
        }
        completed(Receipt.of().code(Receipt.uniqueCode(D1)).deciding(DEPT).channel(Channel.IN_PERSON)
                .receivedAt(vn("2026-03-02T08:00")), "2026-03-06T10:00");
        completed(Receipt.of().code(Receipt.uniqueCode(D1)).deciding(DEPT).channel(Channel.ONLINE)
                .receivedAt(vn("2026-03-02T08:00")), "2026-03-10T08:00");
        String o = Sla.receive(Receipt.of().code(Receipt.uniqueCode(C1)).deciding(COMMUNE).channel(Channel.IN_PERSON)
                .receivedAt(vn("2026-03-16T08:00")).field("DD"));
        String r = Sla.receive(Receipt.of().code(Receipt.uniqueCode(C1)).deciding(COMMUNE).channel(Channel.POSTAL)
                .receivedAt(vn("2026-03-02T08:00")).field("DD"));
        send(r, new DossierRescheduled(r, vn("2026-03-06T10:00"), "leader@x", "xác minh", vn("2026-03-09T08:00"),
                vn("2026-03-12T17:00"), "Chủ tịch", false, false));
        awaitDeadline(r, j -> j.getBoolean("rescheduled"));
        // the scanner declares the missed first appointment (an automatic apology follows): "apology sent"
        awaitDeadline(o, j -> j.getString("episodes[0].missedAt") != null);
        // the statistics count a dossier overdue once the scanner has seen its appointment pass (within a scan)
        awaitDeadline(r, j -> j.getString("episodes[1].missedAt") != null);
        overdue = o;
        rescheduled = r;
    }

    private static void completed(Receipt receipt, String endedAt) {
        String code = Sla.receive(receipt);
        send(code, new ProcessingCompleted(code, vn(endedAt), "officer@x", "KQ"));
        awaitDeadline(code, j -> "COMPLETED".equals(j.getString("status.name")));
    }

    /** The session cookie as the local run and tests name it (cookie-secure=false: no __Host- prefix). */
    static final String COOKIE = "motcua_session";

    private static Response dashboard(String token, String path) {
        return given().cookie(COOKIE, token).redirects().follow(false).get(path);
    }

    /** This service's own origin, as a browser showing its pages sends it. */
    static String ownOrigin() {
        return RestAssured.baseURI + ":" + RestAssured.port;
    }

    private static Response post(String path, Map<String, String> headers, Map<String, String> form) {
        return given().redirects().follow(false).headers(headers).contentType(ContentType.URLENC)
                .formParams(form).post(path);
    }

    private static Response signIn(String token) {
        return post("/dashboard/sign-in", Map.of("Origin", ownOrigin()), Map.of("token", token));
    }

    private static String operator() {
        return DevstackTestResource.token("operator", P);
    }

    private static String figure(String html, String name) {
        Matcher m = Pattern.compile("data-figure=\"" + name + "\"[^>]*>([^<]*)<").matcher(html);
        assertThat(m.find()).as("figure " + name).isTrue();
        return m.group(1);
    }

    @Test
    void headlineChartsAndOverdueListInVietnamese() {
        Response response = dashboard(operator(), "/dashboard?" + MARCH);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/html");
        assertThat(response.header("Server-Timing")).contains("total;dur=");
        String html = response.asString();
        assertThat(figure(html, "received")).isEqualTo("4");
        assertThat(figure(html, "resolved")).isEqualTo("2");
        assertThat(figure(html, "onTimeRate")).isEqualTo("50,0%");
        assertThat(figure(html, "inProgress")).isEqualTo("2");
        assertThat(figure(html, "overdue")).isEqualTo("2");
        assertThat(html).contains("<html lang=\"vi\">", "Tháng 03/2026", "Tỷ lệ đúng hạn theo đơn vị",
                "Mục tiêu 95,0% — chưa đạt", "Xu hướng theo tháng", "Theo lĩnh vực", "Lĩnh vực DD", "Cấp xã",
                "Cấp tỉnh", "Sở Tư pháp", "UBND xã Tân Phú", "Hồ sơ quá hạn (2)");
        // the trend: March's flows (received 4, resolved 2) in its own row
        assertThat(html).contains("<tr data-key=\"2026-03\"><th scope=\"row\">Tháng 03/2026</th><td class=\"num\">4</td>"
                + "<td class=\"num\">2</td>");
        // charts are SVG with a text alternative, and a data table
        assertThat(html).contains("<svg viewBox=", "role=\"img\"", "<desc id=\"chart-agency-d\">",
                "Sở Tư pháp: 50,0%", "<table id=\"table-agency-main\">", "<th scope=\"col\">Đơn vị</th>");
        // overdue: oldest current appointment first (rescheduled to 12/3), both apologised, linked to the sheet
        assertThat(html.indexOf("data-code=\"" + rescheduled + "\"")).isPositive()
                .isLessThan(html.indexOf("data-code=\"" + overdue + "\""));
        assertThat(html).contains("12/03/2026", "hẹn đầu 09/03/2026", "23/03/2026", "Đã xin lỗi, đã hẹn lại",
                "href=\"http://localhost:8082/api/v1/dossiers/" + overdue + "\"");
        assertThat(html).doesNotContain("<span class=\"tag no\">");
        assertThat(html).contains("<label for=\"f-agency\">", "<label for=\"f-period\">");
    }

    @Test
    void filtersAreCarriedByTheUrl() {
        String html = dashboard(operator(), "/dashboard?" + MARCH + "&channel=ONLINE&level=PROVINCE").asString();
        assertThat(figure(html, "received")).isEqualTo("1");
        assertThat(figure(html, "onTimeRate")).isEqualTo("0,0%");
        assertThat(html).contains("<option value=\"ONLINE\" selected>", "<option value=\"PROVINCE\" selected>",
                "<option value=\"" + P + "\" selected>", "<option value=\"month\" selected>",
                "value=\"2026-03\"",
                "href=\"/dashboard/export.csv?period=month&amp;month=2026-03&amp;agency=" + P
                        + "&amp;level=PROVINCE&amp;channel=ONLINE&amp;table=agency\"");
        String quarter = dashboard(operator(), "/dashboard?period=quarter&quarter=2026-Q1&agency=" + C1).asString();
        assertThat(quarter).contains("Quý 1/2026", "UBND xã Tân Phú");
        assertThat(figure(quarter, "received")).isEqualTo("2");
        String custom = dashboard(operator(), "/dashboard?period=custom&from=2026-03-01&to=2026-03-05&agency=" + P)
                .asString();
        assertThat(custom).contains("01/03/2026 – 05/03/2026");
        assertThat(figure(custom, "received")).isEqualTo("3");
        Response bad = dashboard(operator(), "/dashboard?period=week");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.asString()).contains("Bộ lọc không hợp lệ", "period");
    }

    @Test
    void csvExportOfTheShownTable() {
        Response csv = dashboard(operator(), "/dashboard/export.csv?" + MARCH);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("attachment", ".csv");
        String text = new String(csv.asByteArray(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFMã,Tên,Kỳ trước chuyển sang,Tiếp nhận,");
        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).isEqualTo(C1 + ",UBND xã Tân Phú,0,2,1,0,1,0,0,0,0,0,0,0,,2,2,0");
        // the late one was never rescheduled: never apologised by an officer
        assertThat(lines.get(2)).isEqualTo(D1 + ",Sở Tư pháp,0,2,1,1,0,2,1,0,1,0,0,1,50.0,0,0,0");
        assertThat(lines.get(3)).isEqualTo("total,Tổng cộng,0,4,2,1,1,2,1,0,1,0,0,1,50.0,2,2,0");
        String overdueCsv = new String(dashboard(operator(), "/dashboard/export.csv?" + MARCH + "&table=overdue")
                .asByteArray(), StandardCharsets.UTF_8);
        assertThat(overdueCsv.lines().toList()).hasSize(3);
        assertThat(overdueCsv).contains(rescheduled + ",Thủ tục 1.000948," + C1 + ",12/03/2026,09/03/2026,");
        assertThat(overdueCsv.lines().skip(1)).allMatch(l -> l.contains(",Có,"));
        assertThat(overdueCsv).contains(",Có,Cơ quan (kịp thời)\r\n").contains(overdue + ",").endsWith(",Có,\r\n");
    }

    @Test
    void signInByPostSetsAStrictHttpOnlyCookieForTheTokensLifeAndRedirects() {
        String token = DevstackTestResource.tokens().mint("op@" + P, List.of("operator"), P, null,
                Duration.ofMinutes(10));
        Response signIn = signIn(token);
        assertThat(signIn.statusCode()).isEqualTo(303);
        assertThat(signIn.header("Location")).endsWith("/dashboard");
        String cookie = signIn.header("Set-Cookie");
        assertThat(cookie).startsWith(COOKIE + "=" + token + ";");
        assertThat(cookie.substring(cookie.indexOf(';'))).contains("HttpOnly", "SameSite=Strict")
                .doesNotContain("Secure", "Domain");
        assertThat(attribute(cookie, "Path")).isEqualTo("/");
        assertThat(Long.parseLong(attribute(cookie, "Max-Age"))).isBetween(590L, 600L);
        // the signed-in page works with the cookie it set
        String value = signIn.cookie(COOKIE);
        assertThat(dashboard(value, "/dashboard?" + MARCH).statusCode()).isEqualTo(200);

        Response forged = signIn("abc.def.ghi");
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.header("Set-Cookie")).isNull();
        assertThat(forged.asString()).contains("không hợp lệ");
        assertThat(given().get("/dashboard/sign-in").asString()).contains("deploy/local/token.sh operator 000.00.00.H56",
                "<form method=\"post\" action=\"/dashboard/sign-in\">");
    }

    @Test
    void aTokenInTheUrlIsIgnoredTheSignInPageShown() {
        String token = operator();
        Response get = given().redirects().follow(false).queryParam("token", token).get("/dashboard/sign-in");
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.header("Set-Cookie")).isNull();
        assertThat(get.asString()).contains("Đăng nhập bảng điều hành", "dán mã vào ô dưới đây", "method=\"post\"")
                .doesNotContain(token);
        Response page = given().redirects().follow(false).queryParam("token", token).get("/dashboard");
        assertThat(page.statusCode()).isEqualTo(401);
        assertThat(page.header("Set-Cookie")).isNull();
    }

    @Test
    void everyPostMustComeFromTheDashboardsOwnOrigin() {
        Map<String, String> form = Map.of("token", operator());
        Response none = post("/dashboard/sign-in", Map.of(), form);
        assertThat(none.statusCode()).isEqualTo(403);
        assertThat(none.contentType()).startsWith("application/problem+json");
        assertThat(none.header("Set-Cookie")).isNull();
        assertThat(none.jsonPath().getString("errors[0].field")).isEqualTo("Origin");
        assertThat(none.jsonPath().getString("errors[0].message")).contains("is required", "own origin");
        for (String foreign : List.of("https://evil.example", "null", "http://localhost:1", ownOrigin() + ".evil.example")) {
            Response refused = post("/dashboard/sign-in", Map.of("Origin", foreign), form);
            assertThat(refused.statusCode()).as(foreign).isEqualTo(403);
            assertThat(refused.header("Set-Cookie")).as(foreign).isNull();
            assertThat(refused.jsonPath().getString("errors[0].field")).isEqualTo("Origin");
            assertThat(refused.jsonPath().getString("detail")).contains("motcua.dashboard.allowed-origins");
        }
        Response foreignReferer = post("/dashboard/sign-in", Map.of("Referer", "https://evil.example/x"), form);
        assertThat(foreignReferer.statusCode()).isEqualTo(403);
        assertThat(foreignReferer.jsonPath().getString("errors[0].field")).isEqualTo("Referer");
        // without Origin, the Referer of its own sign-in page; the configured public origin (behind a TLS proxy)
        assertThat(post("/dashboard/sign-in", Map.of("Referer", ownOrigin() + "/dashboard/sign-in"), form)
                .statusCode()).isEqualTo(303);
        assertThat(post("/dashboard/sign-in", Map.of("Origin", "https://motcua.example.gov.vn"), form)
                .statusCode()).isEqualTo(303);
        // sign-out too: a foreign page cannot sign the operator out
        assertThat(post("/dashboard/sign-out", Map.of("Origin", "https://evil.example"), Map.of()).statusCode())
                .isEqualTo(403);
        assertThat(post("/dashboard/sign-out", Map.of(), Map.of()).statusCode()).isEqualTo(403);
    }

    @Test
    void signOutClearsTheCookie() {
        Response out = given().redirects().follow(false).cookie(COOKIE, operator()).header("Origin", ownOrigin())
                .post("/dashboard/sign-out");
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.header("Location")).endsWith("/dashboard/sign-in");
        String cookie = out.header("Set-Cookie");
        assertThat(cookie).startsWith(COOKIE + "=;").contains("HttpOnly", "SameSite=Strict");
        assertThat(attribute(cookie, "Path")).isEqualTo("/");
        assertThat(attribute(cookie, "Max-Age")).isEqualTo("0");
    }

    /** One attribute of a Set-Cookie header, e.g. {@code Max-Age}. */
    static String attribute(String setCookie, String name) {
        Matcher m = Pattern.compile("(?i);\\s*" + Pattern.quote(name) + "=([^;]*)").matcher(setCookie);
        assertThat(m.find()).as(name + " in " + setCookie).isTrue();
        return m.group(1).trim();
    }

    @Test
    void withoutAValidTokenTheSignInPageWithTheWrongRoleOrAgency403() {
        Response none = given().redirects().follow(false).get("/dashboard");
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.asString()).contains("Đăng nhập bảng điều hành", "token.sh");
        assertThat(dashboard("not-a-token", "/dashboard").statusCode()).isEqualTo(401);
        assertThat(given().get("/dashboard/version").statusCode()).isEqualTo(401);
        assertThat(given().get("/dashboard/export.csv").statusCode()).isEqualTo(401);
        Response clerk = dashboard(DevstackTestResource.token("clerk", P), "/dashboard");
        assertThat(clerk.statusCode()).isEqualTo(403);
        assertThat(clerk.asString()).contains("Không có quyền truy cập");
        Response outside = dashboard(DevstackTestResource.token("operator", D1), "/dashboard?agency=" + P);
        assertThat(outside.statusCode()).isEqualTo(403);
        assertThat(outside.asString()).contains("Không có quyền xem đơn vị này");
        // a department's leader sees its own subtree by default; the API keeps taking bearer tokens only
        String own = dashboard(DevstackTestResource.token("leader", D1), "/dashboard?period=month&month=2026-03")
                .asString();
        assertThat(figure(own, "received")).isEqualTo("2");
        given().cookie(COOKIE, operator()).get("/api/v1/stats").then().statusCode(401);
        given().auth().oauth2(operator()).get("/api/v1/stats").then().statusCode(200);
    }

    @Test
    void theVersionChangesWhenADossierChanges() {
        String before = dashboard(operator(), "/dashboard/version").jsonPath().getString("version");
        // another province's dossier: the fingerprint is global, the hand-counted month stays as it is
        Sla.receive(Receipt.of());
        String after = dashboard(operator(), "/dashboard/version").jsonPath().getString("version");
        assertThat(after).isNotEqualTo(before);
        String fragment = dashboard(operator(), "/dashboard/fragment?" + MARCH).asString();
        assertThat(fragment).startsWith("<div id=\"state\" data-version=\"" + after + "\"").doesNotContain("<html");
    }
}
