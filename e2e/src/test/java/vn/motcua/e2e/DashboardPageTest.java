package vn.motcua.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import com.microsoft.playwright.options.WaitForSelectorState;
import io.restassured.path.json.JsonPath;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.BusinessCalendar;
import vn.motcua.calendar.OfficialCalendars;
import vn.motcua.e2e.browser.Browser;

/**
 * The operators' dashboard of sla-service in a real headless Chromium against the running platform: its figures
 * equal the statistics API for the same filters, a filter change updates the charts and the URL without a reload, a
 * newly overdue dossier appears by itself, and a phone renders it without sideways scrolling; the sign-in token
 * travels only in the form's POST, its cookie opens processing's control sheet alone. Screenshots are kept.
 */
class DashboardPageTest {
    /** Demo data: the ward Đồng Xoài decides "Đăng ký kết hôn" (1.000894) in 5 working days; root = the province. */
    static final String PROVINCE = "000.00.00.H56";
    static final String WARD = "000.03.30.H56";
    static final String PROCEDURE = "1.000894";
    static final BusinessCalendar CALENDAR = OfficialCalendars.calendar("vn-national");

    static Platform platform;
    static Api api;
    static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.start();
        platform = Platform.get();
        api = new Api(platform);
        // something to show: one dossier on time so far, one already past its appointment
        receive(0);
        receive(10);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Receives a dossier {@code workingDaysAgo} working days back (10: its 5-day appointment has passed). */
    static String receive(int workingDaysAgo) {
        Instant now = api.now();
        ZonedDateTime local = now.atZone(Api.VN);
        LocalDate date = local.toLocalDate();
        for (int i = 0; i < workingDaysAgo; i++) {
            date = CALENDAR.previousWorkingDay(date);
        }
        Instant receivedAt = workingDaysAgo == 0 ? null : date.atTime(9, 0).atZone(Api.VN).toInstant();
        String phone = Api.uniquePhone();
        return api.receive(WARD, PROCEDURE, receivedAt, phone, "citizen." + phone + "@example.vn")
                .getString("dossierCode");
    }

    private Page signedIn(Page page) {
        Browser.signInToDashboard(page, platform.url("sla"), platform.token("operator", PROVINCE));
        assertThat(page.url()).endsWith("/dashboard");
        return page;
    }

    /** The dashboard's session cookie in the page's browser context, if any (plain name: e2e serves http). */
    private static Optional<Cookie> session(Page page) {
        return page.context().cookies().stream().filter(c -> c.name.equals("motcua_session")).findFirst();
    }

    /** Signed in as the province's operator, this year's view; marks the document to prove later that it stays. */
    private Page provinceYear(Page page) {
        signedIn(page).navigate(platform.url("sla") + "/dashboard?" + yearQuery(PROVINCE));
        page.evaluate("() => { window.__sameDocument = true; }");
        return page;
    }

    private static String yearQuery(String agency) {
        return "period=year&year=" + api.now().atZone(Api.VN).getYear() + "&agency=" + agency;
    }

    private static JsonPath stats(String agency, Map<String, String> extra) {
        int year = api.now().atZone(Api.VN).getYear();
        Map<String, Object> params = new LinkedHashMap<>(Map.of("from", year + "-01-01", "to", year + "-12-31",
                "agency", agency, "groupBy", "agency"));
        params.putAll(extra);
        return given().baseUri(platform.url("sla")).auth().oauth2(platform.token("operator", PROVINCE))
                .queryParams(params).get("/api/v1/stats").then().statusCode(200).extract().jsonPath();
    }

    private static long overdueTotal(String agency) {
        return given().baseUri(platform.url("sla")).auth().oauth2(platform.token("operator", PROVINCE))
                .queryParam("agency", agency).get("/api/v1/overdue").then().statusCode(200).extract()
                .jsonPath().getLong("total");
    }

    /** What the page should show for the API's figures, formatted as Vietnamese readers expect. */
    private static Map<String, String> expected(String agency, Map<String, String> extra) {
        JsonPath json = stats(agency, extra);
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("received", number(json.getLong("total.received")));
        figures.put("resolved", number(json.getLong("total.resolved")));
        Object rate = json.get("total.onTimeRate");
        figures.put("onTimeRate", rate == null ? "—"
                : new DecimalFormat("#,##0.0", symbols()).format(((Number) rate).doubleValue()) + "%");
        figures.put("inProgress", number(json.getLong("total.inProgress")));
        if (extra.isEmpty()) {
            figures.put("overdue", number(overdueTotal(agency)));
        }
        return figures;
    }

    private static Map<String, String> shown(Page page, Map<String, String> expected) {
        Map<String, String> figures = new LinkedHashMap<>();
        expected.keySet().forEach(name -> figures.put(name,
                page.locator("[data-figure=" + name + "]").textContent().trim()));
        return figures;
    }

    private static String number(long n) {
        return new DecimalFormat("#,##0", symbols()).format(n);
    }

    private static DecimalFormatSymbols symbols() {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return symbols;
    }

    /** Events are consumed asynchronously: compare until both sides agree (or fail with the last difference). */
    private static void assertEventually(Supplier<Map<String, String>> actual, Supplier<Map<String, String>> wanted) {
        Instant deadline = Instant.now().plusSeconds(30);
        Map<String, String> a = actual.get();
        Map<String, String> w = wanted.get();
        while (!a.equals(w) && Instant.now().isBefore(deadline)) {
            sleep(500);
            a = actual.get();
            w = wanted.get();
        }
        assertThat(a).isEqualTo(w);
    }

    @Test
    void figuresEqualTheStatisticsApi() {
        Page page = signedIn(browser.newPage());
        String url = platform.url("sla") + "/dashboard?" + yearQuery(PROVINCE);
        Response response = page.navigate(url);
        System.out.println("DASHBOARD Server-Timing: " + response.headers().get("server-timing"));
        assertEventually(() -> {
            page.navigate(url);
            return shown(page, expected(PROVINCE, Map.of()));
        }, () -> expected(PROVINCE, Map.of()));
        // every agency row of the table shows the API's row
        JsonPath json = stats(PROVINCE, Map.of());
        for (int i = 0; i < json.getList("rows").size(); i++) {
            String key = json.getString("rows[" + i + "].key");
            String row = page.locator("#table-agency-main tr[data-key='" + key + "']").innerText();
            assertThat(row).contains(json.getString("rows[" + i + "].label"))
                    .contains(number(json.getLong("rows[" + i + "].received")));
        }
        assertThat(page.locator("#chart-agency").getAttribute("role")).isEqualTo("img");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("vi");
        Browser.screenshot(page, "dashboard-laptop");
    }

    @Test
    void aFilterChangeUpdatesChartsAndUrlWithoutReload() {
        Page page = provinceYear(browser.newPage());
        page.selectOption("#f-agency", WARD);
        page.waitForURL("**agency=" + WARD + "**");
        awaitShownQuery(page, "agency=" + WARD);
        assertThat(page.evaluate("() => window.__sameDocument")).isEqualTo(true);
        Map<String, String> ward = expected(WARD, Map.of());
        assertThat(shown(page, ward)).isEqualTo(ward);
        String chartBefore = page.locator("#chart-agency").innerHTML();
        String trendBefore = page.locator("#chart-month").innerHTML();

        // the demo dossiers are all received at the counter: none online, the charts empty out
        page.selectOption("#f-channel", "ONLINE");
        page.waitForURL("**channel=ONLINE**");
        assertThat(page.url()).contains("agency=" + WARD).contains("period=year");
        awaitShownQuery(page, "channel=ONLINE");
        assertThat(page.locator("#chart-agency").innerHTML()).isNotEqualTo(chartBefore);
        assertThat(page.locator("#chart-month").innerHTML()).isNotEqualTo(trendBefore);
        Map<String, String> expected = expected(WARD, Map.of("channel", "ONLINE"));
        assertThat(shown(page, expected)).isEqualTo(expected);
        assertThat(page.evaluate("() => window.__sameDocument")).isEqualTo(true);

        // the URL is the view: opening it afresh shows the same filters and figures
        Page shared = signedIn(browser.newPage());
        shared.navigate(page.url());
        assertThat(shared.locator("#f-channel").inputValue()).isEqualTo("ONLINE");
        assertThat(shared.locator("#f-agency").inputValue()).isEqualTo(WARD);
        assertThat(shown(shared, expected)).isEqualTo(expected);
        Browser.screenshot(page, "dashboard-filtered");
    }

    @Test
    void aNewOverdueDossierAppearsWithoutReload() {
        Page page = provinceYear(browser.newPage());
        String code = receive(10);
        // its first appointment passed: processing re-appoints it by itself (the apology law), so it is overdue once
        // that new appointment has passed too
        api.moveClocksTo(newAppointment(code).plus(Duration.ofHours(2)));
        try {
            page.locator("#table-overdue tr[data-code='" + code + "']").waitFor(new com.microsoft.playwright.Locator
                    .WaitForOptions().setState(WaitForSelectorState.ATTACHED).setTimeout(30_000));
            assertThat(page.evaluate("() => window.__sameDocument")).isEqualTo(true);
            String row = page.locator("#table-overdue tr[data-code='" + code + "']").innerText();
            assertThat(row).contains("Đăng ký kết hôn");
            assertThat(page.locator("#table-overdue tr[data-code='" + code + "'] a").getAttribute("href"))
                    .endsWith("/api/v1/dossiers/" + code);
            Browser.screenshot(page, "dashboard-overdue-live");
        } finally {
            api.resetClocks();
        }
    }

    /** The appointment processing set by itself when the first one passed (episode 2 in sla-service). */
    private static Instant newAppointment(String code) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (true) {
            io.restassured.response.Response response = given().baseUri(platform.url("sla"))
                    .auth().oauth2(platform.token("operator", PROVINCE)).get("/api/v1/deadlines/" + code);
            String due = response.statusCode() == 200
                    ? response.jsonPath().getString("episodes.find { it.episode == 2 }.dueAt") : null;
            if (due != null) {
                return OffsetDateTime.parse(due).toInstant();
            }
            assertThat(Instant.now()).as("the new appointment of " + code).isBefore(deadline);
            sleep(300);
        }
    }

    @Test
    void aPhoneRendersWithoutSidewaysScrolling() {
        Page page = provinceYear(browser.newPhonePage());
        assertThat(page.locator("[data-figure=received]").isVisible()).isTrue();
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(1);
        assertThat(page.locator("label[for=f-period]").isVisible()).isTrue();
        Browser.screenshot(page, "dashboard-phone");
    }

    @Test
    void withoutSignInTheSignInPageExplainsHowToGetAToken() {
        Page page = browser.newPage();
        Response response = page.navigate(platform.url("sla") + "/dashboard");
        assertThat(response.status()).isEqualTo(401);
        assertThat(page.content()).contains("deploy/local/token.sh operator 000.00.00.H56");
    }

    @Test
    void theTokenTravelsOnlyInTheFormItsCookieOpensTheControlSheetAndSignOutClearsIt() {
        String token = platform.token("operator", PROVINCE);
        Page page = browser.newPage();
        // the old sign-in link: the sign-in page, no cookie
        Response link = page.navigate(platform.url("sla") + "/dashboard/sign-in?token=" + token);
        assertThat(link.status()).isEqualTo(200);
        assertThat(page.content()).contains("dán mã vào ô dưới đây").doesNotContain(token);
        assertThat(session(page)).isEmpty();
        assertThat(page.navigate(platform.url("sla") + "/dashboard").status()).isEqualTo(401);

        // the form posts it: an HttpOnly, SameSite=Strict cookie for the token's life, nothing in the URL
        Browser.signInToDashboard(page, platform.url("sla"), token);
        Cookie cookie = session(page).orElseThrow();
        assertThat(cookie.httpOnly).isTrue();
        assertThat(cookie.sameSite).isEqualTo(SameSiteAttribute.STRICT);
        assertThat(cookie.path).isEqualTo("/");
        assertThat(cookie.expires).isGreaterThan((double) Instant.now().plusSeconds(11 * 3600).getEpochSecond());
        assertThat(page.url()).doesNotContain("token");
        assertThat(page.evaluate("() => document.cookie")).isEqualTo("");

        // processing-service (same site) opens its printable control sheet with it, and nothing else
        String code = receive(0);
        api.awaitKnownToProcessing(WARD, code); // processing learns of the receipt from Kafka, a moment later
        Page sheet = page.context().newPage();
        Response opened = sheet.navigate(platform.url("processing") + "/api/v1/dossiers/" + code);
        assertThat(opened.status()).isEqualTo(200);
        assertThat(opened.headers().get("content-type")).startsWith("text/html");
        assertThat(sheet.content()).contains("Phiếu kiểm soát quá trình giải quyết hồ sơ", code);
        Object json = sheet.evaluate("url => fetch(url, { headers: { Accept: 'application/json' } }).then(r => r.status)",
                "/api/v1/dossiers/" + code);
        assertThat(((Number) json).intValue()).isEqualTo(401);

        Browser.signOutOfDashboard(page);
        assertThat(session(page)).isEmpty();
        assertThat(page.navigate(platform.url("sla") + "/dashboard").status()).isEqualTo(401);
        assertThat(sheet.navigate(platform.url("processing") + "/api/v1/dossiers/" + code).status()).isEqualTo(401);
    }

    /** The swapped-in figures carry the query they were computed for. */
    private static void awaitShownQuery(Page page, String part) {
        page.waitForFunction("part => document.getElementById('state').dataset.query.includes(part)", part);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
