package vn.motcua.processing;

import vn.motcua.testkit.CapturedLog;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.events.ContactChannel;
import vn.motcua.events.NoticeKind;
import vn.motcua.events.Topics;
import vn.motcua.events.notification.NoticeSent;
import vn.motcua.events.sla.DeadlineApproaching;

/**
 * The citizens' lookup: the slip's PIN (or, for a dossier received before PINs, the phone ending) shows the dossier
 * without personal data; guessing is limited.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "processing"))
class PublicLookupTest {
    private static final AtomicInteger IPS = new AtomicInteger(1);
    private static final String PIN = "K7M2XQ9P";

    @Test
    void theRightPhoneEndingShowsStatusDatesTimelineAndNoticesButNothingPersonal() {
        String code = Fixtures.receiveNew();
        Fixtures.drive(code, List.of("assign", "reschedule"));
        Instant newDue = Instant.now().plus(Duration.ofDays(9));
        Fixtures.writer().send(Topics.NOTIFICATION_OUTCOME, code, new NoticeSent(UUID.randomUUID(), code, Instant.now(), 2,
                NoticeKind.APOLOGY, ContactChannel.SMS, "098****321", "Cần xác minh thêm", newDue));
        Fixtures.writer().send(Topics.NOTIFICATION_OUTCOME, code, new NoticeSent(UUID.randomUUID(), code, Instant.now(), 2,
                NoticeKind.STAFF_DEADLINE_ALERT, ContactChannel.EMAIL, "p***@stp.binhphuoc.gov.vn", null, null));
        Fixtures.writer().send(Topics.DOSSIER_SLA, code, new DeadlineApproaching(code, Instant.now(), 2, newDue,
                "1.000948", Fixtures.AGENCY, Fixtures.UNIT, Fixtures.OFFICER, newDue.minus(Duration.ofDays(1))));
        Fixtures.await(Duration.ofSeconds(30), () -> Fixtures.view(code).extract().jsonPath()
                .getList("notices").size() == 2 && !Fixtures.view(code).extract().jsonPath()
                .getList("deadlineAlerts").isEmpty());
        Fixtures.view(code).body("deadlineAlerts[0].kind", equalTo("APPROACHING"))
                .body("deadlineAlerts[0].episode", equalTo(2));

        Response response = lookup(code, "5678");
        response.then().statusCode(200)
                .body("dossierCode", equalTo(code))
                .body("status.code", equalTo(4))
                .body("status.label", equalTo("Đang xử lý"))
                .body("applicantName", equalTo("T** T** Bình"))
                .body("receivedAt", notNullValue())
                .body("appointment", notNullValue())
                .body("rescheduled", equalTo(true))
                .body("newAppointment", notNullValue())
                .body("timeline.event", contains("Tiếp nhận hồ sơ", "Chuyển xử lý", "Hẹn lại ngày trả kết quả"))
                .body("timeline.status.label", contains("Được tiếp nhận", "Đang xử lý", "Đang xử lý"))
                .body("notices", hasSize(1))
                .body("notices[0].kind", equalTo("APOLOGY"))
                .body("notices[0].channel", equalTo("SMS"))
                .body("notices[0].newAppointment", notNullValue());
        assertThat(response.asString()).doesNotContain(Fixtures.APPLICANT_PHONE, Fixtures.AUTHORISED_PHONE,
                Fixtures.APPLICANT_EMAIL, Fixtures.APPLICANT_NAME, "Lê Văn Cường", Fixtures.OFFICER, "officer",
                "Thôn 3", "stp.binhphuoc");
        // the authorised person's phone works too
        lookup(code, "4321").then().statusCode(200);
    }

    @Test
    void aWrongCodeAndAWrongPhoneGiveTheSame404() {
        String code = Fixtures.receiveNew();
        Response wrongPhone = lookup(code, "0000");
        Response wrongCode = lookup(Fixtures.newCode(), "5678");
        wrongPhone.then().statusCode(404).contentType(startsWith("application/problem+json"));
        wrongCode.then().statusCode(404);
        assertThat(wrongPhone.jsonPath().getString("detail")).isEqualTo(wrongCode.jsonPath().getString("detail"));
        assertThat(wrongPhone.jsonPath().getString("title")).isEqualTo(wrongCode.jsonPath().getString("title"));
        lookup(code, "12a4").then().statusCode(400).body("errors[0].field", equalTo("phoneLast4"));
    }

    @Test
    void tooManyLookupsFromOneAddressAre429WithRetryAfter() {
        String code = Fixtures.receiveNew();
        String ip = nextIp();
        for (int i = 0; i < 10; i++) {
            from(ip).get("/public/v1/dossiers/{code}?phoneLast4=5678", code).then().statusCode(200);
        }
        from(ip).get("/public/v1/dossiers/{code}?phoneLast4=5678", code).then().statusCode(429)
                .contentType(startsWith("application/problem+json"))
                .header("Retry-After", notNullValue())
                .body("status", equalTo(429))
                .body("retryAfterSeconds", notNullValue());
        // another client is not affected
        from(nextIp()).get("/public/v1/dossiers/{code}?phoneLast4=5678", code).then().statusCode(200);
    }

    @Test
    void fiveFailedAttemptsOnOneCodeBlockItForEveryone() {
        String code = Fixtures.receiveNew();
        for (int i = 0; i < 5; i++) {
            from(nextIp()).get("/public/v1/dossiers/{code}?phoneLast4=" + (1000 + i), code).then().statusCode(404);
        }
        Response blocked = from(nextIp()).get("/public/v1/dossiers/{code}?phoneLast4=5678", code);
        blocked.then().statusCode(429).body("retryAfterSeconds", notNullValue());
        assertThat(Long.parseLong(blocked.header("Retry-After"))).isBetween(1L, 15 * 60L);
        // other dossiers stay reachable
        String other = Fixtures.receiveNew();
        from(nextIp()).get("/public/v1/dossiers/{code}?phoneLast4=5678", other).then().statusCode(200)
                .body("newAppointment", nullValue());
    }

    @Test
    void aParallelBurstOfWrongGuessesTriesNoMoreThanTheLimit() throws Exception {
        String code = Fixtures.receiveNew();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(20);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 60; i++) {
                String guess = String.valueOf(2000 + i);
                String ip = nextIp();
                answers.add(pool.submit(() -> from(ip).get("/public/v1/dossiers/{code}?phoneLast4=" + guess, code)
                        .statusCode()));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                statuses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(statuses).as("60 wrong guesses in parallel from 60 addresses: 5 tried, the rest refused")
                    .filteredOn(s -> s == 404).hasSize(5);
            assertThat(statuses).filteredOn(s -> s == 429).hasSize(55);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aDossierWithAPinOpensWithItsPinAndNotWithThePhoneEnding() {
        Response right;
        Response phoneOnly;
        Response wrongCode;
        try (CapturedLog log = CapturedLog.start()) {
            String code = Fixtures.receiveNewWithPin(PIN);
            right = withPin(code, PIN);
            right.then().statusCode(200).body("dossierCode", equalTo(code)).body("status.code", equalTo(2));
            assertThat(right.asString()).doesNotContain(PIN, Fixtures.APPLICANT_PHONE);
            // typed as people type it: lower case, grouped
            withPin(code, "k7m2-xq9p").then().statusCode(200);
            phoneOnly = lookup(code, "5678");
            wrongCode = withPin(Fixtures.newCode(), PIN);
            withPin(code, "K7M2XQ9R").then().statusCode(404);
            // the right phone does not make a wrong PIN right
            from(nextIp()).get("/public/v1/dossiers/{code}?pin=K7M2XQ9R&phoneLast4=5678", code).then().statusCode(404);
            assertThat(log.lines()).noneMatch(line -> line.contains(PIN));
        }
        phoneOnly.then().statusCode(404).contentType(startsWith("application/problem+json"));
        wrongCode.then().statusCode(404);
        for (String field : List.of("title", "detail", "type")) {
            assertThat(phoneOnly.jsonPath().getString(field)).as(field).isEqualTo(wrongCode.jsonPath().getString(field));
        }
    }

    @Test
    void aDossierFromBeforePinsStillOpensWithThePhoneEndingAndNoPin() {
        String code = Fixtures.receiveNew();
        lookup(code, "5678").then().statusCode(200);
        withPin(code, PIN).then().statusCode(404);
    }

    @Test
    void fiveWrongPinsBlockTheCodeEvenForTheRightOne() {
        String code = Fixtures.receiveNewWithPin(PIN);
        for (int i = 0; i < 5; i++) {
            withPin(code, "ABCDEFG" + (2 + i)).then().statusCode(404);
        }
        withPin(code, PIN).then().statusCode(429).header("Retry-After", notNullValue());
    }

    @Test
    void aMissingOrMalformedPinIs400NamingIt() {
        String code = Fixtures.receiveNewWithPin(PIN);
        from(nextIp()).get("/public/v1/dossiers/{code}", code).then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("pin"));
        withPin(code, "K7M2XQ9").then().statusCode(400).body("errors[0].field", equalTo("pin"));
        // 0, O, 1, I and L are never printed: a typo, not a guess
        withPin(code, "K7M2XQ90").then().statusCode(400).body("errors[0].field", equalTo("pin"));
    }

    private static Response withPin(String code, String pin) {
        return from(nextIp()).queryParam("pin", pin).get("/public/v1/dossiers/{code}", code);
    }

    private static Response lookup(String code, String last4) {
        return from(nextIp()).get("/public/v1/dossiers/{code}?phoneLast4=" + last4, code);
    }

    /** Each test client gets its own address (the service trusts X-Forwarded-For from localhost, like from a proxy). */
    private static RequestSpecification from(String ip) {
        return given().header("X-Forwarded-For", ip);
    }

    private static String nextIp() {
        int n = IPS.getAndIncrement();
        return "10.77." + (n / 250) + "." + (n % 250 + 1);
    }

}
