package vn.motcua.processing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;

/** The process-control sheet: hand-overs judged against their own deadlines, as JSON and as the printable page. */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "processing"))
class ControlSheetTest {
    private static final String UNIT_2 = Fixtures.AGENCY + ".02";

    @Test
    void eachHandOverIsJudgedEarlyOnTimeOrLateWhenHandedOn() {
        String code = sheetWithThreeSteps();
        Fixtures.view(code).statusCode(200)
                .body("status.code", equalTo(9))
                .body("controlSheet.seq", contains(1, 2, 3))
                .body("controlSheet.outcome", contains("LATE", "EARLY", "ON_TIME"))
                .body("controlSheet[0].fromUnitCode", nullValue())
                .body("controlSheet[0].toUnitCode", equalTo(Fixtures.UNIT))
                .body("controlSheet[1].fromUnitCode", equalTo(Fixtures.UNIT))
                .body("controlSheet[1].fromOfficer", equalTo(Fixtures.OFFICER))
                .body("controlSheet[1].toUnitCode", equalTo(UNIT_2))
                .body("controlSheet[1].toOfficer", equalTo("le.thi.hoa@stp.binhphuoc.gov.vn"))
                .body("controlSheet[1].stepName", equalTo("Phê duyệt"))
                .body("controlSheet[0].handedAt", endsWith("+07:00"))
                .body("controlSheet[0].stepDueAt", endsWith("+07:00"))
                .body("currentStep.unitCode", equalTo(Fixtures.UNIT))
                .body("originalDueAt", endsWith("+07:00"))
                .body("history.action", contains("receive", "assign", "assign", "assign", "complete"))
                .body("history[4].fromStatus.code", equalTo(4))
                .body("history[4].toStatus.name", equalTo("COMPLETED"));
    }

    @Test
    void theOpenStepHasNoOutcomeYet() {
        String code = Fixtures.receiveNew();
        Fixtures.drive(code, List.of("assign"));
        Fixtures.view(code).body("controlSheet[0].outcome", nullValue())
                .body("controlSheet[0].endedAt", nullValue())
                .body("currentStep.stepDueAt", equalTo(Fixtures.view(code).extract().path("currentDueAt")));
    }

    @Test
    void theSheetPrintsAsVietnameseHtml() {
        String code = sheetWithThreeSteps();
        String html = Fixtures.officer().accept("text/html").get("/api/v1/dossiers/{code}", code).then()
                .statusCode(200).contentType(startsWith("text/html"))
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(html)
                .contains("Phiếu kiểm soát quá trình giải quyết hồ sơ", code, "Cấp phiếu lý lịch tư pháp",
                        "Trễ hạn", "Trước hạn", "Đúng hạn", "Thẩm định hồ sơ", "Phê duyệt", "Đã xử lý xong",
                        "Bộ phận tiếp nhận và trả kết quả", "Tiếp nhận hồ sơ", "Hoàn thành xử lý")
                .doesNotContain(Fixtures.APPLICANT_PHONE, Fixtures.APPLICANT_EMAIL);
        // JSON stays the default for clients that accept anything
        given().auth().oauth2(DevstackTestResource.token("officer", Fixtures.AGENCY)).accept("*/*")
                .get("/api/v1/dossiers/{code}", code).then().statusCode(200).contentType(startsWith("application/json"))
                .body("code", equalTo(code));
    }

    @Test
    void theDashboardSignInCookieOpensThePrintableSheetOnly() {
        String code = sheetWithThreeSteps();
        String operator = DevstackTestResource.token("operator", Fixtures.PROVINCE);
        String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
        // both names: Secure (__Host-) where served over https, plain over http
        for (String cookie : List.of("__Host-motcua_session", "motcua_session")) {
            given().cookie(cookie, operator).accept(browser).get("/api/v1/dossiers/{code}", code).then()
                    .statusCode(200).contentType(startsWith("text/html"))
                    .body(containsString("Phiếu kiểm soát quá trình giải quyết hồ sơ"));
        }
        // the cookie never reads the JSON: asked for both, it gets the page
        given().cookie("motcua_session", operator).accept("application/json, text/html")
                .get("/api/v1/dossiers/{code}", code).then().statusCode(200).contentType(startsWith("text/html"));
        given().cookie("motcua_session", "not-a-token").accept("text/html").get("/api/v1/dossiers/{code}", code).then()
                .statusCode(401);
        // the old cookie is no credential any more
        given().cookie("motcua_token", operator).accept("text/html").get("/api/v1/dossiers/{code}", code).then()
                .statusCode(401);
    }

    @Test
    void theCookieIsNoCredentialForTheJsonApiNorAnyPost() {
        String code = sheetWithThreeSteps();
        String admin = DevstackTestResource.token("admin", Fixtures.PROVINCE);
        for (String accept : List.of("application/json", "*/*")) {
            given().cookie("motcua_session", admin).accept(accept).get("/api/v1/dossiers/{code}", code).then()
                    .statusCode(401).contentType(startsWith("application/problem+json"));
        }
        given().cookie("motcua_session", admin).accept("text/html").get("/api/v1/dossiers").then().statusCode(401);
        given().cookie("motcua_session", admin).accept("text/html").contentType("application/json")
                .body(Map.of("reason", "thử")).post("/api/v1/dossiers/{code}/withdraw", code).then().statusCode(401);
        given().cookie("__Host-motcua_session", admin).accept("text/html").contentType("application/json")
                .body(Map.of("reason", "thử")).post("/api/v1/dossiers/{code}/stop", code).then().statusCode(401);
        // the bearer header keeps working beside it
        given().auth().oauth2(admin).cookie("motcua_session", "not-a-token").accept("application/json")
                .get("/api/v1/dossiers/{code}", code).then().statusCode(200).body("code", equalTo(code));
    }

    @Test
    void officersListTheirAgencysDossiersByStatus() {
        String code = sheetWithThreeSteps();
        Fixtures.officer().queryParam("status", 9).queryParam("size", 100).get("/api/v1/dossiers").then()
                .statusCode(200).body("items.code", hasItem(code)).body("items.status.code", not(hasItem(4)));
        Fixtures.officer().queryParam("status", "COMPLETED").queryParam("agency", Fixtures.AGENCY)
                .queryParam("size", 100).get("/api/v1/dossiers").then()
                .statusCode(200).body("items.code", hasItem(code));
        Fixtures.as("officer", Fixtures.OTHER_AGENCY).queryParam("size", 100).get("/api/v1/dossiers").then()
                .statusCode(200).body("items.code", not(hasItem(code)));
        Fixtures.officer().queryParam("status", "nope").get("/api/v1/dossiers").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    /** Received 10 days ago; step 1 handed on after its deadline, step 2 before, step 3 on its deadline's date. */
    private static String sheetWithThreeSteps() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant received = now.minus(Duration.ofDays(10));
        String code = Fixtures.receive(Fixtures.received(Fixtures.newCode(), received, now.plus(Duration.ofDays(5))));
        Instant step1 = now.minus(Duration.ofDays(9));
        Instant step2 = now.minus(Duration.ofDays(6));
        Instant step3 = now.minus(Duration.ofDays(5));
        Instant done = now.minus(Duration.ofDays(4));
        Fixtures.actAsLeader(code, "assign", Map.of("unitCode", Fixtures.UNIT, "officer", Fixtures.OFFICER,
                "stepName", "Thẩm định hồ sơ", "stepDueAt", now.minus(Duration.ofDays(8)).toString(),
                "occurredAt", step1.toString())).statusCode(200);
        Fixtures.actAsLeader(code, "assign", Map.of("unitCode", UNIT_2, "officer", "le.thi.hoa@stp.binhphuoc.gov.vn",
                "stepName", "Phê duyệt", "stepDueAt", now.plus(Duration.ofDays(2)).toString(),
                "occurredAt", step2.toString())).statusCode(200);
        Fixtures.actAsLeader(code, "assign", Map.of("unitCode", Fixtures.UNIT, "officer", Fixtures.OFFICER,
                "stepName", "Ban hành kết quả", "stepDueAt", done.toString(),
                "occurredAt", step3.toString())).statusCode(200);
        Fixtures.actAsLeader(code, "complete", Map.of("resultReference", "LLTP-77", "occurredAt", done.toString()))
                .statusCode(200).body("controlSheet[2].outcome", equalTo("ON_TIME"))
                .body("history[4].note", containsString("LLTP-77"));
        return code;
    }
}
