package vn.motcua.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.e2e.browser.Browser;

/**
 * The citizens' lookup page (processing-service {@code /tra-cuu}) in a real headless Chromium against
 * the running platform: a dossier that missed its appointment shows its automatic apology and new date;
 * a wrong PIN, or the phone ending alone, is refused; the page works with JavaScript disabled and on a phone. Screenshots are
 * kept under {@code e2e/target/screenshots/lookup-*.png}.
 */
class LookupPageTest {
    /** Demo data: Ủy ban nhân dân phường Đồng Xoài decides "Đăng ký kết hôn" (1.000894) in 5 working days. */
    static final String AGENCY = "000.03.30.H56";
    static final String PROCEDURE = "1.000894";
    static final String OFFICER = "tuphap.dongxoai@000.03.30.H56.motcua.local";
    static final Duration WAIT = Duration.ofSeconds(90);
    static final DateTimeFormatter VN_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    static final String PIN_LABEL = "Mã tra cứu (in trên phiếu hẹn)";

    static Browser browser;
    static Platform platform;
    static Api api;
    static Mailbox mail;
    private static LateDossier late;

    /** A dossier that missed its appointment and was apologised for, with what the citizen knows of it. */
    record LateDossier(String code, String phone, String email, String pin, String newAppointment) {
        String last4() {
            return phone.substring(phone.length() - 4);
        }
    }

    @BeforeAll
    static void start() {
        browser = Browser.start();
        platform = Platform.get();
        api = new Api(platform);
        mail = new Mailbox(platform.devstack());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aLateDossierShowsItsApologyAndNewAppointment() {
        LateDossier dossier = lateDossier();
        Page page = browser.newPage();
        page.navigate(platform.url("processing") + "/tra-cuu");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("vi");
        assertThat(page.title()).isEqualTo("Tra cứu hồ sơ");
        Browser.screenshot(page, "lookup-form");

        Response result = submit(page, dossier.code(), dossier.pin());
        assertThat(result.status()).isEqualTo(200);
        assertThat(page.url()).contains("/tra-cuu/ket-qua/").doesNotContain(dossier.pin());
        String text = page.locator("main").innerText();
        assertThat(text).contains("Kết quả tra cứu hồ sơ", dossier.code(), "Đang xử lý", "Thư xin lỗi đã gửi",
                "Thư xin lỗi vì hồ sơ trễ hẹn", "Ngày gửi", "Ngày hẹn mới", dossier.newAppointment(),
                "Ngày hẹn ban đầu", "Quá trình giải quyết", "Tiếp nhận hồ sơ", "Chuyển xử lý");
        assertThat(page.content()).doesNotContain(dossier.phone(), dossier.email(), dossier.pin(), "Nguyễn Thị Hồng Nhung",
                OFFICER);
        Browser.screenshot(page, "lookup-apology-laptop");
        page.context().close();
    }

    @Test
    void aWrongPinIsRefusedWithoutSayingWhichWasWrong() {
        LateDossier dossier = lateDossier();
        Page page = browser.newPage();
        page.navigate(platform.url("processing") + "/tra-cuu");
        String wrong = dossier.pin().equals("ABCDEFGH") ? "HGFEDCBA" : "ABCDEFGH";

        Response refused = submit(page, dossier.code(), wrong);
        assertThat(refused.status()).isEqualTo(404);
        assertThat(page.getByRole(AriaRole.ALERT).innerText()).contains("Không tìm thấy hồ sơ");
        assertThat(page.locator("main").innerText()).doesNotContain("Kết quả tra cứu hồ sơ", "Thư xin lỗi vì");
        // the code stays filled in for a correction, the PIN is not echoed
        assertThat(page.getByLabel("Mã hồ sơ").inputValue()).isEqualTo(dossier.code());
        assertThat(page.getByLabel(PIN_LABEL).inputValue()).isEmpty();
        Browser.screenshot(page, "lookup-wrong-pin");
        // the phone's last 4 digits alone no longer open a dossier that has a PIN
        page.getByLabel("4 số cuối số điện thoại").fill(dossier.last4());
        Response phoneOnly = page.waitForResponse(r -> r.request().isNavigationRequest() && r.status() != 303,
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tra cứu")).click());
        assertThat(phoneOnly.status()).isEqualTo(404);
        page.context().close();
    }

    @Test
    void theLookupWorksWithJavaScriptDisabled() {
        LateDossier dossier = lateDossier();
        Page opener = browser.newPage();
        BrowserContext noScript = opener.context().browser().newContext(new com.microsoft.playwright.Browser
                .NewContextOptions().setJavaScriptEnabled(false).setViewportSize(1366, 900).setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh"));
        opener.context().close();
        Page page = noScript.newPage();
        page.navigate("data:text/html,<title>no script</title><script>document.title='script ran'</script>");
        assertThat(page.title()).as("JavaScript is really off").isEqualTo("no script");

        page.navigate(platform.url("processing") + "/tra-cuu");
        Response result = submit(page, dossier.code(), dossier.pin());
        assertThat(result.status()).isEqualTo(200);
        assertThat(page.locator("main").innerText()).contains(dossier.code(), "Thư xin lỗi vì hồ sơ trễ hẹn",
                dossier.newAppointment());
        Browser.screenshot(page, "lookup-no-javascript");
        noScript.close();
    }

    @Test
    void thePhoneViewportRendersWithoutSidewaysScrolling() {
        LateDossier dossier = lateDossier();
        Page page = browser.newPhonePage();
        page.navigate(platform.url("processing") + "/tra-cuu?ma=" + dossier.code());
        assertThat(page.getByLabel("Mã hồ sơ").inputValue()).isEqualTo(dossier.code());
        assertThat(page.getByLabel("4 số cuối số điện thoại").getAttribute("inputmode")).isEqualTo("numeric");
        Browser.screenshot(page, "lookup-form-phone");

        Response result = submit(page, dossier.code(), dossier.pin());
        assertThat(result.status()).isEqualTo(200);
        assertThat(page.locator("main").innerText()).contains("Ngày hẹn mới", dossier.newAppointment());
        Number scrollWidth = (Number) page.evaluate("document.documentElement.scrollWidth");
        Number viewport = (Number) page.evaluate("window.innerWidth");
        assertThat(scrollWidth.intValue()).as("no sideways scrolling").isLessThanOrEqualTo(viewport.intValue());
        Browser.screenshot(page, "lookup-apology-phone");
        page.context().close();
    }

    @Test
    void theResultPageRendersInUnderASecond() {
        LateDossier dossier = lateDossier();
        String location = given().baseUri(platform.url("processing")).redirects().follow(false)
                .formParam("ma", dossier.code()).formParam("pin", dossier.pin())
                .post("/tra-cuu").then().statusCode(303).extract().header("Location");
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long started = System.nanoTime();
            given().baseUri(platform.url("processing")).get(location).then().statusCode(200);
            millis.add((System.nanoTime() - started) / 1_000_000);
        }
        Collections.sort(millis);
        System.out.println("lookup result page render times (ms, sorted): " + millis);
        assertThat(millis.get(millis.size() / 2)).as("median render time, ms").isLessThan(1000);
    }

    /**
     * Received now and handed to an officer, then the platform's clocks pass the appointment: the
     * deadline is missed and the citizen is sent an automatic apology with a new date. Shared by the
     * tests (the platform clock only moves forward, so one late dossier is made once).
     */
    static synchronized LateDossier lateDossier() {
        if (late != null) {
            return late;
        }
        String phone = Api.uniquePhone();
        String email = "citizen." + phone + "@example.vn";
        JsonPath receipt = api.receive(AGENCY, PROCEDURE, null, phone, email);
        String code = receipt.getString("dossierCode");
        String pin = receipt.getString("lookupPin");
        Instant due = OffsetDateTime.parse(receipt.getString("dueAt")).toInstant();
        api.act(AGENCY, code, "assign", Map.of("unitCode", AGENCY, "officer", OFFICER, "stepName", "Thẩm định hồ sơ"));

        api.moveClocksTo(due.plus(Duration.ofMinutes(30)));
        mail.await(email, 1, WAIT);
        late = new LateDossier(code, phone, email, pin, awaitApologyDate(code, pin));
        return late;
    }

    /** The new appointment of the automatic apology as the lookup API reports it, in the page's format. */
    private static String awaitApologyDate(String code, String pin) {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            List<Map<String, Object>> notices = api.lookup(code, pin).jsonPath().getList("notices");
            for (Map<String, Object> notice : notices) {
                if ("AUTO_APOLOGY".equals(notice.get("kind")) && notice.get("newAppointment") != null) {
                    return OffsetDateTime.parse((String) notice.get("newAppointment")).atZoneSameInstant(Api.VN)
                            .format(VN_TIME);
                }
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("processing-service never showed the automatic apology of " + code);
    }

    /** Fills the form and submits it; returns the response that ended on screen (after the redirect, if any). */
    private static Response submit(Page page, String code, String pin) {
        page.getByLabel("Mã hồ sơ").fill(code);
        page.getByLabel(PIN_LABEL).fill(pin);
        Response response = page.waitForResponse(r -> r.request().isNavigationRequest() && r.status() != 303,
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tra cứu")).click());
        page.waitForLoadState();
        return response;
    }
}
