package vn.motcua.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.e2e.browser.Browser;

/**
 * A citizen rates the service (issue 17) in a real headless Chromium: the result of a returned dossier is looked up
 * on {@code /tra-cuu} with the slip's PIN, the rating form is filled and sent, the page thanks the citizen, and the
 * rating is in the agency's satisfaction figures; a second rating, from a form left open in another tab, is refused
 * and counts for nothing. Screenshots: {@code e2e/target/screenshots/rating-*.png}.
 */
class SatisfactionPageTest {
    static final String AGENCY = LookupPageTest.AGENCY;
    static final String OFFICER = LookupPageTest.OFFICER;
    /** The criteria as the page asks them, with the scores this citizen gives. */
    static final Map<String, String> ANSWERS = new LinkedHashMap<>();

    static {
        ANSWERS.put("Tiếp cận dịch vụ", "5 – Rất hài lòng");
        ANSWERS.put("Thủ tục hành chính", "4 – Hài lòng");
        ANSWERS.put("Công chức giải quyết", "5 – Rất hài lòng");
        ANSWERS.put("Kết quả giải quyết", "3 – Bình thường");
        ANSWERS.put("Tiếp nhận, xử lý góp ý", "2 – Không hài lòng");
    }

    static Browser browser;
    static Platform platform;
    static Api api;

    @BeforeAll
    static void start() {
        browser = Browser.start();
        platform = Platform.get();
        api = new Api(platform);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aRatingSentFromTheLookupPageIsInTheAgencysFiguresAndASecondIsRefused() {
        String phone = Api.uniquePhone();
        JsonPath receipt = api.receive(AGENCY, LookupPageTest.PROCEDURE, null, phone, "citizen." + phone + "@example.vn");
        String code = receipt.getString("dossierCode");
        String pin = receipt.getString("lookupPin");
        api.act(AGENCY, code, "assign", Map.of("unitCode", AGENCY, "officer", OFFICER, "stepName", "Thẩm định hồ sơ"));
        api.act(AGENCY, code, "complete", Map.of("resultReference", "GCNKH-" + phone));
        api.act(AGENCY, code, "return", Map.of("channel", "IN_PERSON"));
        JsonPath before = figures("agency");

        Page page = lookUp(code, pin);
        // the same result open in a second tab, whose form will be sent after the first
        Page otherTab = lookUp(code, pin);
        assertThat(page.locator("main").innerText()).contains("Đã trả kết quả", "Đánh giá mức độ hài lòng");
        ANSWERS.forEach((criterion, answer) -> page.getByRole(AriaRole.GROUP,
                new Page.GetByRoleOptions().setName(criterion)).getByLabel(answer).check());
        page.getByLabel("Góp ý (không bắt buộc)").fill("Cán bộ hướng dẫn kỹ; tôi ở số 0912345678");
        Browser.screenshot(page, "rating-form");
        Response sent = send(page);
        assertThat(sent.status()).isEqualTo(200);
        assertThat(page.locator("main").innerText()).contains("Cảm ơn ông/bà đã đánh giá")
                .doesNotContain("Gửi đánh giá", "Cán bộ hướng dẫn kỹ");
        Browser.screenshot(page, "rating-thanks");

        JsonPath after = figures("agency");
        assertThat(after.getInt("total.count")).as("ratings of the agency").isEqualTo(before.getInt("total.count") + 1);
        assertScoresAdded(before, after, List.of(5, 4, 5, 3, 2));
        JsonPath officers = figures("officer");
        assertThat(officers.getList("groups.key")).contains(OFFICER);
        JsonPath comments = staff().queryParam("agency", AGENCY).queryParam("size", 100)
                .get("/api/v1/satisfaction/comments").then().statusCode(200).extract().jsonPath();
        assertThat(comments.getList("items.dossierCode")).contains(code);
        assertThat(comments.getList("items.comment")).contains("Cán bộ hướng dẫn kỹ; tôi ở số 091****678");

        ANSWERS.keySet().forEach(criterion -> otherTab.getByRole(AriaRole.GROUP,
                new Page.GetByRoleOptions().setName(criterion)).getByLabel("1 – Rất không hài lòng").check());
        Response second = send(otherTab);
        assertThat(second.status()).isEqualTo(409);
        assertThat(otherTab.locator("main").innerText()).contains("Hồ sơ này đã được đánh giá",
                "Cảm ơn ông/bà đã đánh giá");
        Browser.screenshot(otherTab, "rating-second-refused");
        // nor does the JSON API take a second one
        int api409 = given().baseUri(platform.url("processing")).contentType("application/json; charset=UTF-8")
                .body(Map.of("pin", pin, "scores", Map.of("ACCESS", 1, "PROCEDURE", 1, "OFFICER", 1, "RESULT", 1,
                        "FEEDBACK", 1)))
                .post("/public/v1/dossiers/" + code + "/rating").statusCode();
        assertThat(api409).isEqualTo(409);
        assertThat(figures("agency").getInt("total.count")).isEqualTo(after.getInt("total.count"));
        page.context().close();
        otherTab.context().close();
    }

    /** Each criterion's mean times its scores grew by exactly this citizen's score (to the rounding of the means). */
    private static void assertScoresAdded(JsonPath before, JsonPath after, List<Integer> given) {
        for (int i = 0; i < given.size(); i++) {
            double sumBefore = sum(before, i);
            double sumAfter = sum(after, i);
            assertThat(sumAfter - sumBefore).as(after.getString("criteria[" + i + "].label"))
                    .isCloseTo(given.get(i), org.assertj.core.data.Offset.offset(
                            0.005 * (after.getInt("total.count") + before.getInt("total.count")) + 1e-6));
        }
    }

    private static double sum(JsonPath figures, int criterion) {
        Object mean = figures.get("total.criteria[" + criterion + "].mean");
        return mean == null ? 0 : Double.parseDouble(mean.toString())
                * figures.getInt("total.criteria[" + criterion + "].scores");
    }

    private static JsonPath figures(String groupBy) {
        return staff().queryParam("agency", AGENCY).queryParam("groupBy", groupBy)
                .get("/api/v1/satisfaction").then().statusCode(200).extract().jsonPath();
    }

    private static io.restassured.specification.RequestSpecification staff() {
        return given().baseUri(platform.url("processing")).auth().oauth2(platform.token("leader", AGENCY));
    }

    /** The lookup form, filled and sent, in a page of its own: the result page of its short-lived link. */
    private static Page lookUp(String code, String pin) {
        Page page = browser.newPage();
        page.navigate(platform.url("processing") + "/tra-cuu");
        page.getByLabel("Mã hồ sơ").fill(code);
        page.getByLabel(LookupPageTest.PIN_LABEL).fill(pin);
        Response result = page.waitForResponse(r -> r.request().isNavigationRequest() && r.status() != 303,
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tra cứu")).click());
        assertThat(result.status()).isEqualTo(200);
        page.waitForLoadState();
        return page;
    }

    private static Response send(Page page) {
        Response response = page.waitForResponse(r -> r.request().isNavigationRequest() && r.status() != 303,
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi đánh giá")).click());
        page.waitForLoadState();
        return response;
    }
}
