package vn.motcua.processing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;

/**
 * The rating form on the /tra-cuu result page of a returned dossier: plain HTML posted to the result link, the
 * thanks once rated, a second rating refused, missing scores named in Vietnamese.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "processing"))
class RatingPageTest {
    private static final String PIN = "P4DX9KTA";

    @Test
    void aReturnedDossiersPageTakesOneRatingAndThanksTheCitizen() {
        String code = Fixtures.receiveNewWithPin(PIN);
        Fixtures.drive(code, RatingTest.TO_RETURNED);
        String link = lookUp(code);
        String form = given().get(link).then().statusCode(200).extract().asString();
        assertThat(form).contains("Đánh giá mức độ hài lòng", "<legend>Tiếp cận dịch vụ</legend>",
                "<legend>Thủ tục hành chính</legend>", "<legend>Công chức giải quyết</legend>",
                "<legend>Kết quả giải quyết</legend>", "<legend>Tiếp nhận, xử lý góp ý</legend>",
                "type=\"radio\" id=\"RESULT-5\" name=\"RESULT\" value=\"5\"", "5 – Rất hài lòng",
                "1 – Rất không hài lòng", "name=\"gopY\"", "maxlength=\"1000\"",
                "action=\"" + link + "/danh-gia\"", "Gửi đánh giá")
                .doesNotContain("Cảm ơn ông/bà đã đánh giá", "<script");

        Response rated = post(link, Map.of("ACCESS", "5", "PROCEDURE", "4", "OFFICER", "5", "RESULT", "4",
                "FEEDBACK", "3", "gopY", "Nhanh gọn, chị Lan số 0912345678 hướng dẫn tận tình"));
        assertThat(rated.statusCode()).isEqualTo(303);
        assertThat(rated.header("Location")).endsWith(link);
        String thanked = given().get(link).then().statusCode(200).extract().asString();
        assertThat(thanked).contains("Cảm ơn ông/bà đã đánh giá")
                .doesNotContain("Gửi đánh giá", "Nhanh gọn", "0912345678");

        // a second rating, e.g. from a form left open in another tab, is refused and changes nothing
        Response again = post(link, Map.of("ACCESS", "1", "PROCEDURE", "1", "OFFICER", "1", "RESULT", "1",
                "FEEDBACK", "1"));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.asString()).contains("Hồ sơ này đã được đánh giá. Mỗi hồ sơ chỉ được đánh giá một lần.",
                "Cảm ơn ông/bà đã đánh giá");
        String comments = Fixtures.as("leader", Fixtures.AGENCY).queryParam("agency", Fixtures.AGENCY)
                .queryParam("size", 100).get("/api/v1/satisfaction/comments").then().statusCode(200).extract()
                .asString();
        assertThat(comments).contains(code, "Nhanh gọn, chị Lan số 091****678 hướng dẫn tận tình")
                .doesNotContain("0912345678");
    }

    @Test
    void missingScoresAreNamedAndWhatWasChosenStays() {
        String code = Fixtures.receiveNewWithPin(PIN);
        Fixtures.drive(code, RatingTest.TO_RETURNED);
        String link = lookUp(code);
        Response partial = post(link, Map.of("ACCESS", "4", "OFFICER", "9", "gopY", "Ổn"));
        assertThat(partial.statusCode()).isEqualTo(400);
        assertThat(partial.asString()).contains("Lỗi: Vui lòng chọn một mức từ 1 đến 5 cho: Thủ tục hành chính;"
                        + " Công chức giải quyết; Kết quả giải quyết; Tiếp nhận, xử lý góp ý.",
                "id=\"ACCESS-4\" name=\"ACCESS\" value=\"4\" checked", ">Ổn</textarea>");
        // nothing was recorded: the full form goes through
        assertThat(post(link, Map.of("ACCESS", "4", "PROCEDURE", "4", "OFFICER", "4", "RESULT", "4",
                "FEEDBACK", "4")).statusCode()).isEqualTo(303);
    }

    @Test
    void aDossierNotReturnedShowsNoFormAndRefusesAPost() {
        String code = Fixtures.receiveNewWithPin(PIN);
        Fixtures.drive(code, List.of("assign", "complete"));
        String link = lookUp(code);
        assertThat(given().get(link).asString()).doesNotContain("Đánh giá mức độ hài lòng", "Gửi đánh giá");
        Response early = post(link, Map.of("ACCESS", "5", "PROCEDURE", "5", "OFFICER", "5", "RESULT", "5",
                "FEEDBACK", "5"));
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.asString()).contains("Chỉ đánh giá được sau khi hồ sơ đã được trả kết quả.")
                .doesNotContain("Cảm ơn ông/bà đã đánh giá", "Gửi đánh giá");
        // an unknown or expired link rates nothing
        assertThat(post("/tra-cuu/ket-qua/AAAAAAAAAAAAAAAAAAAAAAAA", Map.of("ACCESS", "5")).statusCode())
                .isEqualTo(404);
    }

    /** The lookup form's POST; returns the opaque result link it redirects to. */
    private static String lookUp(String code) {
        Response posted = client().formParam("ma", code).formParam("pin", PIN).post("/tra-cuu");
        assertThat(posted.statusCode()).isEqualTo(303);
        return java.net.URI.create(posted.header("Location")).getPath();
    }

    private static Response post(String link, Map<String, String> fields) {
        return client().formParams(fields).post(link.endsWith("/danh-gia") ? link : link + "/danh-gia");
    }

    private static RequestSpecification client() {
        return RatingTest.from(RatingTest.nextIp()).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8");
    }
}
