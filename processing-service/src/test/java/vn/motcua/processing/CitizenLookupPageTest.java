package vn.motcua.processing;

import vn.motcua.testkit.CapturedLog;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.events.ContactChannel;
import vn.motcua.events.NoticeKind;
import vn.motcua.events.Topics;
import vn.motcua.events.notification.NoticeSent;

/** The citizens' /tra-cuu page: a plain form POST, a redirect to an opaque result link, the API's privacy and limits. */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "processing"))
class CitizenLookupPageTest {
    private static final AtomicInteger IPS = new AtomicInteger(1);
    private static final DateTimeFormatter VN_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void theFormIsVietnameseAccessibleAndSelfContained() {
        Response response = given().get("/tra-cuu?ma= 000.00.99.h56-250101-0001 ");
        response.then().statusCode(200).contentType("text/html;charset=UTF-8")
                .header("Cache-Control", "no-store")
                .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'none'"));
        String html = response.asString();
        assertThat(html).contains("<html lang=\"vi\">", "<title>Tra cứu hồ sơ</title>", "<h1>Tra cứu hồ sơ</h1>",
                "<label for=\"ma\">Mã hồ sơ</label>", "<label for=\"sdt\">4 số cuối số điện thoại</label>",
                "inputmode=\"numeric\"", "pattern=\"[0-9]{4}\"", "autocomplete=\"off\"", "method=\"post\"",
                "aria-describedby=\"sdt-goi-y\"", ":focus-visible", "name=\"viewport\"",
                // the code from ?ma= is filled in, normalised
                "value=\"000.00.99.H56-250101-0001\"");
        assertThat(html).doesNotContain("<script", "http://", "https://", "src=");
    }

    @Test
    void theRightCodeAndPhoneShowStatusTimelineAndAppointmentButNothingPersonal() {
        Instant due = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.MINUTES);
        String code = Fixtures.receive(Fixtures.received(Fixtures.newCode(), Instant.now().minus(Duration.ofDays(2)), due));
        Fixtures.drive(code, List.of("assign"));

        Response posted = submit(nextIp(), code.toLowerCase(), "5678");
        posted.then().statusCode(303).header("Cache-Control", "no-store");
        String location = posted.header("Location");
        assertThat(location).contains("/tra-cuu/ket-qua/").doesNotContain("5678").doesNotContain(code);

        long started = System.nanoTime();
        Response page = given().redirects().follow(false).get(location);
        long millis = (System.nanoTime() - started) / 1_000_000;
        page.then().statusCode(200).contentType("text/html;charset=UTF-8");
        assertThat(millis).as("render time").isLessThan(1000);
        String html = page.asString();
        assertThat(html).contains("<html lang=\"vi\">", "Kết quả tra cứu hồ sơ", code, "Đang xử lý",
                "Cơ quan có thẩm quyền đang giải quyết hồ sơ của bạn.", "Cấp phiếu lý lịch tư pháp",
                "Sở Tư pháp tỉnh Bình Phước", "T** T** Bình", "Tiếp nhận hồ sơ", "Chuyển xử lý", "Được tiếp nhận",
                "Ngày hẹn trả kết quả", VN_TIME.format(due), "Chưa có thư xin lỗi nào");
        assertThat(html).doesNotContain("Ngày hẹn mới", Fixtures.APPLICANT_PHONE, Fixtures.AUTHORISED_PHONE, "5678",
                "4321", Fixtures.APPLICANT_EMAIL, Fixtures.APPLICANT_NAME, "Lê Văn Cường", Fixtures.OFFICER, "officer",
                "Thôn 3", "stp.binhphuoc", "<script");
        // a reload shows the page again (read afresh), the phone of the authorised person works too
        given().get(location).then().statusCode(200);
        submit(nextIp(), code, "4321").then().statusCode(303);
    }

    @Test
    void aWrongPhoneAndAWrongCodeGiveTheSameNotFoundPage() {
        String code = Fixtures.receiveNew();
        String other = Fixtures.newCode();
        Response wrongPhone = submit(nextIp(), code, "0000");
        Response wrongCode = submit(nextIp(), other, "5678");
        wrongPhone.then().statusCode(404).contentType("text/html;charset=UTF-8");
        wrongCode.then().statusCode(404);
        assertThat(wrongPhone.asString()).contains("Không tìm thấy hồ sơ", "role=\"alert\"", "value=\"" + code + "\"")
                .doesNotContain("0000\"", "Kết quả tra cứu hồ sơ");
        // identical but for the code typed in: nothing tells which of the two was wrong
        assertThat(wrongPhone.asString().replace(code, "CODE")).isEqualTo(wrongCode.asString().replace(other, "CODE"));
    }

    @Test
    void badInputIsExplainedNextToItsField() {
        Response response = submit(nextIp(), "  ", "12a");
        response.then().statusCode(400);
        assertThat(response.asString()).contains("<title>Lỗi: Tra cứu hồ sơ</title>", "Vui lòng nhập mã hồ sơ.",
                "Vui lòng nhập đúng 4 chữ số cuối của số điện thoại.", "aria-invalid=\"true\"",
                "aria-describedby=\"sdt-goi-y sdt-loi\"");
    }

    @Test
    void thePageAndTheApiShareOneAllowancePerAddressThen429WithTheWait() {
        String code = Fixtures.receiveNew();
        String ip = nextIp();
        for (int i = 0; i < 5; i++) {
            from(ip).get("/public/v1/dossiers/{code}?phoneLast4=5678", code).then().statusCode(200);
            submit(ip, code, "5678").then().statusCode(303);
        }
        Response limited = submit(ip, code, "5678");
        limited.then().statusCode(429).contentType("text/html;charset=UTF-8");
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(limited.asString()).contains("Bạn đã tra cứu quá nhiều lần trong thời gian ngắn",
                "Vui lòng thử lại sau", "role=\"alert\"")
                .containsPattern("thử lại sau \\d+ (giây|phút)"); // a full minute reads "1 phút"
        // another client is not affected
        submit(nextIp(), code, "5678").then().statusCode(303);
    }

    @Test
    void fiveWrongPhonesBlockTheCodeForEveryone() {
        String code = Fixtures.receiveNew();
        for (int i = 0; i < 5; i++) {
            submit(nextIp(), code, String.valueOf(2000 + i)).then().statusCode(404);
        }
        Response blocked = submit(nextIp(), code, "5678");
        blocked.then().statusCode(429);
        assertThat(Long.parseLong(blocked.header("Retry-After"))).isBetween(1L, 15 * 60L);
        assertThat(blocked.asString()).contains("tạm thời bị khóa tra cứu", "phút");
    }

    @Test
    void anApologyIsShownInPlainWordsWithItsNewAppointmentButStaffAlertsAreNot() {
        String code = Fixtures.receiveNew();
        Fixtures.drive(code, List.of("assign"));
        Instant sent = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MINUTES);
        Instant newDue = Instant.now().plus(Duration.ofDays(8)).truncatedTo(ChronoUnit.MINUTES);
        // the page's new appointment is the dossier's one reschedule; the letter repeats it
        Fixtures.act(code, "reschedule", Map.of("reason", "Cần xác minh thêm", "newDueAt", newDue.toString()))
                .statusCode(200);
        Fixtures.writer().send(Topics.NOTIFICATION_OUTCOME, code, new NoticeSent(UUID.randomUUID(), code, sent, 1,
                NoticeKind.APOLOGY, ContactChannel.SMS, "098****321", "Cần xác minh thêm", newDue));
        Fixtures.writer().send(Topics.NOTIFICATION_OUTCOME, code, new NoticeSent(UUID.randomUUID(), code, sent, 1,
                NoticeKind.STAFF_DEADLINE_ALERT, ContactChannel.EMAIL, "p***@stp.binhphuoc.gov.vn", null, null));
        Fixtures.await(Duration.ofSeconds(30), () -> Fixtures.view(code).extract().jsonPath().getList("notices").size() == 2);

        Response posted = submit(nextIp(), code, "5678");
        String html = given().get(posted.header("Location")).then().statusCode(200).extract().asString();
        assertThat(html).contains("Thư xin lỗi đã gửi", "Thư xin lỗi và hẹn lại ngày trả kết quả", "Ngày gửi",
                VN_TIME.format(sent), "Tin nhắn SMS", "Ngày hẹn mới", VN_TIME.format(newDue), "Ngày hẹn ban đầu");
        assertThat(html).doesNotContain("STAFF_DEADLINE_ALERT", "Thư điện tử", "098****321", "stp.binhphuoc",
                "Chưa có thư xin lỗi");
    }

    @Test
    void anUnknownOrExpiredResultLinkAsksToLookUpAgain() {
        Response response = given().get("/tra-cuu/ket-qua/{token}", "khong-co-that");
        response.then().statusCode(404);
        assertThat(response.asString()).contains("Kết quả tra cứu đã hết hạn", "<form");
    }

    @Test
    void theSlipsPinOpensTheDossierAndThePhoneEndingAloneNoLonger() {
        String pin = "HX4K9M2T";
        String code;
        String html;
        try (CapturedLog log = CapturedLog.start()) {
            code = Fixtures.receiveNewWithPin(pin);
            Response posted = from(nextIp()).redirects().follow(false).formParam("ma", code).formParam("pin", " hx4k 9m2t ")
                    .post("/tra-cuu");
            posted.then().statusCode(303);
            assertThat(posted.header("Location")).doesNotContain(pin).doesNotContain(code);
            html = given().get(posted.header("Location")).then().statusCode(200).extract().asString();
            assertThat(log.lines()).noneMatch(line -> line.contains(pin));
        }
        assertThat(html).contains("Kết quả tra cứu hồ sơ", code, "Được tiếp nhận").doesNotContain(pin);

        Response phoneOnly = submit(nextIp(), code, "5678");
        Response wrongPin = from(nextIp()).redirects().follow(false).formParam("ma", code).formParam("pin", "HX4K9M2U")
                .post("/tra-cuu");
        phoneOnly.then().statusCode(404);
        wrongPin.then().statusCode(404);
        assertThat(wrongPin.asString()).isEqualTo(phoneOnly.asString()).doesNotContain("HX4K9M2U");
    }

    @Test
    void theFormAsksForThePinAndExplainsAMalformedOne() {
        String form = given().get("/tra-cuu").then().statusCode(200).extract().asString();
        assertThat(form).contains("<label for=\"pin\">Mã tra cứu (in trên phiếu hẹn)</label>", "name=\"pin\"",
                "aria-describedby=\"pin-goi-y\"");
        Response nothing = from(nextIp()).formParam("ma", Fixtures.newCode()).post("/tra-cuu");
        nothing.then().statusCode(400);
        assertThat(nothing.asString()).contains("Vui lòng nhập mã tra cứu in trên phiếu hẹn.",
                "aria-describedby=\"pin-goi-y pin-loi\"");
        Response malformed = from(nextIp()).formParam("ma", Fixtures.newCode()).formParam("pin", "ABC1").post("/tra-cuu");
        malformed.then().statusCode(400);
        assertThat(malformed.asString()).contains("Mã tra cứu gồm 8 ký tự").doesNotContain("ABC1");
    }

    private static Response submit(String ip, String code, String phoneLast4) {
        return from(ip).redirects().follow(false).formParam("ma", code).formParam("sdt", phoneLast4).post("/tra-cuu");
    }

    /** Each test client gets its own address (the service trusts X-Forwarded-For from localhost, like from a proxy). */
    private static RequestSpecification from(String ip) {
        return given().header("X-Forwarded-For", ip);
    }

    private static String nextIp() {
        int n = IPS.getAndIncrement();
        return "10.88." + (n / 250) + "." + (n % 250 + 1);
    }
}
