package vn.motcua.processing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.events.EventTypes;
import vn.motcua.events.Topics;
import vn.motcua.events.lifecycle.DossierRescheduled;
import vn.motcua.events.sla.DeadlineApproaching;
import vn.motcua.events.sla.DeadlineMissed;
import vn.motcua.testkit.ReceivedEvent;
import vn.motcua.testkit.TopicProbe;

/**
 * The one new appointment (Decree 61/2018/NĐ-CP art. 12): processing sets it itself when the first appointment
 * passed with none, once, and it is the same date everywhere; an officer's later reschedule is refused; an officer's
 * reschedule says whether it came in time. Figures by hand on the national calendar (no holiday 6–11 June 2025).
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "processing"))
class ReappointmentTest {
    static final String RESCHEDULED = EventTypes.typeOf(DossierRescheduled.class);
    /** Friday 6 June 2025, 17:00 in Hà Nội: the close of the day. */
    static final Instant DUE = at("2025-06-06T17:00:00+07:00");
    /** Three working days after Friday 6 June: Monday 9, Tuesday 10, Wednesday 11 June, to the close. */
    static final Instant POLICY_DATE = at("2025-06-11T17:00:00+07:00");
    static final String AUTO_REASON = "Hồ sơ chưa được giải quyết xong trong thời hạn đã hẹn; cơ quan đang tiếp tục"
            + " xử lý.";
    private static final AtomicInteger IPS = new AtomicInteger(1);

    @Test
    void aFirstMissIsReappointedOnceBySystemAndShownAlikeEverywhereThenAnOfficerRescheduleIs409() {
        String code = receivedLongAgo(DUE);
        Fixtures.drive(code, List.of("assign"));

        Fixtures.writer().send(Topics.DOSSIER_SLA, code, missed(code, DUE, DUE.plusSeconds(60)));
        try (TopicProbe probe = TopicProbe.of(DevstackTestResource.kafkaBootstrapServers(), Topics.DOSSIER_LIFECYCLE)) {
            ReceivedEvent received = probe.awaitOne(TopicProbe.keyAndType(code, RESCHEDULED), Duration.ofSeconds(30));
            DossierRescheduled e = received.payloadAs(DossierRescheduled.class);
            assertThat(e.automatic()).isTrue();
            assertThat(e.late()).isTrue();
            assertThat(e.actor()).isEqualTo("system");
            assertThat(e.originalDueAt()).isEqualTo(DUE);
            assertThat(e.newDueAt()).isEqualTo(POLICY_DATE);
            assertThat(e.reason()).isEqualTo(AUTO_REASON);
            assertThat(e.signerTitle()).isNull();
            assertThat(received.header("ce_source")).isEqualTo("/processing-service");

            // the same miss reported again (another event id): nothing more; the warning after it on the same
            // partition shows when it was handled
            Fixtures.writer().send(Topics.DOSSIER_SLA, code, missed(code, DUE, DUE.plusSeconds(120)));
            Fixtures.writer().send(Topics.DOSSIER_SLA, code, new DeadlineApproaching(code, Instant.now(), 2,
                    POLICY_DATE, "1.000948", Fixtures.AGENCY, Fixtures.UNIT, Fixtures.OFFICER, null));
            Fixtures.await(Duration.ofSeconds(30), () -> Fixtures.view(code).extract().jsonPath()
                    .getList("deadlineAlerts").size() == 2);
            assertThat(probe.settle(TopicProbe.keyAndType(code, RESCHEDULED), Duration.ofSeconds(2))).hasSize(1);
        }

        Fixtures.view(code).statusCode(200)
                .body("status.code", equalTo(4))
                .body("rescheduled", equalTo(true))
                .body("originalDueAt", equalTo("2025-06-06T17:00:00+07:00"))
                .body("currentDueAt", equalTo("2025-06-11T17:00:00+07:00"))
                .body("rescheduleReason", equalTo(AUTO_REASON))
                .body("reschedule.newDueAt", equalTo("2025-06-11T17:00:00+07:00"))
                .body("reschedule.reason", equalTo(AUTO_REASON))
                .body("reschedule.automatic", equalTo(true))
                .body("reschedule.late", equalTo(true))
                .body("allowedActions", not(hasItem("reschedule")))
                .body("history[2].action", equalTo("reschedule"))
                .body("history[2].recordedBy", equalTo("system"))
                .body("history[2].toStatus.code", equalTo(4));

        Fixtures.act(code, "reschedule", Map.of("reason", "Cần xác minh thêm", "newDueAt",
                        Instant.now().plus(Duration.ofDays(9)).toString()))
                .statusCode(409).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("newDueAt"))
                .body("rule", containsString("the new appointment may be set only once (Decree 61/2018/NĐ-CP, art. 12)"))
                .body("detail", containsString("automatically"));
        Fixtures.view(code).body("currentDueAt", equalTo("2025-06-11T17:00:00+07:00")).body("history.size()", equalTo(3));

        from(nextIp()).get("/public/v1/dossiers/{code}?phoneLast4=5678", code).then().statusCode(200)
                .body("rescheduled", equalTo(true))
                .body("newAppointment", equalTo("2025-06-11T17:00:00+07:00"))
                .body("reschedule.newDueAt", equalTo("2025-06-11T17:00:00+07:00"))
                .body("reschedule.automatic", equalTo(true))
                .body("reschedule.late", equalTo(true));
        String page = from(nextIp()).redirects().follow(true).formParam("ma", code).formParam("sdt", "5678")
                .post("/tra-cuu").then().statusCode(200).extract().asString();
        assertThat(page).contains("Ngày hẹn ban đầu", "06/06/2025 17:00", "Ngày hẹn mới", "11/06/2025 17:00",
                "Hẹn lại tự động");
        String sheet = Fixtures.officer().accept("text/html").get("/api/v1/dossiers/{code}", code).then()
                .statusCode(200).extract().asString();
        assertThat(sheet).contains("Thời gian hẹn lại trả kết quả: 17 giờ 00 phút, ngày 11/06/2025", AUTO_REASON,
                "Hẹn lại tự động");
    }

    @Test
    void endedPausedAndAlreadyRescheduledDossiersAreNotReappointed() {
        String completed = receivedLongAgo(DUE);
        Fixtures.drive(completed, List.of("assign", "complete"));
        String paused = receivedLongAgo(DUE);
        Fixtures.drive(paused, List.of("assign", "supplement-requests"));
        Instant soon = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        String byOfficer = Fixtures.receive(Fixtures.received(Fixtures.newCode(),
                Instant.now().minus(Duration.ofDays(3)), soon));
        Fixtures.drive(byOfficer, List.of("assign", "reschedule"));

        for (String code : List.of(completed, paused)) {
            Fixtures.writer().send(Topics.DOSSIER_SLA, code, missed(code, DUE, DUE.plusSeconds(60)));
        }
        Fixtures.writer().send(Topics.DOSSIER_SLA, byOfficer, missed(byOfficer, soon, soon.plusSeconds(60)));
        for (String code : List.of(completed, paused, byOfficer)) {
            Fixtures.await(Duration.ofSeconds(30), () -> !Fixtures.view(code).extract().jsonPath()
                    .getList("deadlineAlerts").isEmpty());
        }

        Fixtures.view(completed).body("rescheduled", equalTo(false)).body("reschedule", nullValue())
                .body("currentDueAt", equalTo("2025-06-06T17:00:00+07:00"));
        Fixtures.view(paused).body("rescheduled", equalTo(false)).body("status.code", equalTo(5));
        Fixtures.view(byOfficer).body("reschedule.automatic", equalTo(false));
        try (TopicProbe probe = TopicProbe.of(DevstackTestResource.kafkaBootstrapServers(), Topics.DOSSIER_LIFECYCLE)) {
            Predicate<ReceivedEvent> ours = e -> RESCHEDULED.equals(e.header("ce_type"))
                    && List.of(completed, paused, byOfficer).contains(e.key());
            List<ReceivedEvent> events = probe.settle(ours, Duration.ofSeconds(2));
            assertThat(events).extracting(ReceivedEvent::key).containsExactly(byOfficer);
            assertThat(events.get(0).payloadAs(DossierRescheduled.class).automatic()).isFalse();
        }
    }

    @Test
    void aMissReportedBeforeTheReceiptArrivedStillReappointsTheDossier() {
        String code = Fixtures.newCode();
        Fixtures.writer().send(Topics.DOSSIER_SLA, code, missed(code, DUE, DUE.plusSeconds(60)));
        // the two topics are read independently: whichever comes first, the result is the same
        Fixtures.receive(Fixtures.received(code, at("2025-05-20T09:00:00+07:00"), DUE));
        Fixtures.await(Duration.ofSeconds(30), () -> Boolean.TRUE.equals(Fixtures.view(code).extract().path("rescheduled")));
        Fixtures.view(code).body("status.code", equalTo(2))
                .body("reschedule.automatic", equalTo(true))
                .body("currentDueAt", equalTo("2025-06-11T17:00:00+07:00"));
    }

    @Test
    void anOfficersRescheduleSaysWhetherItCameOneWorkingDayBeforeTheAppointment() {
        Instant farDue = Instant.now().plus(Duration.ofDays(14)).truncatedTo(ChronoUnit.SECONDS);
        String inTime = Fixtures.receive(Fixtures.received(Fixtures.newCode(), Instant.now().minus(Duration.ofDays(1)),
                farDue));
        Instant nearDue = Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        String late = Fixtures.receive(Fixtures.received(Fixtures.newCode(), Instant.now().minus(Duration.ofDays(9)),
                nearDue));
        Fixtures.drive(inTime, List.of("assign"));
        Fixtures.drive(late, List.of("assign"));

        Fixtures.act(inTime, "reschedule", reschedule(farDue.plus(Duration.ofDays(5)))).statusCode(200)
                .body("reschedule.automatic", equalTo(false)).body("reschedule.late", equalTo(false));
        Fixtures.act(late, "reschedule", reschedule(nearDue.plus(Duration.ofDays(5)))).statusCode(200)
                .body("reschedule.automatic", equalTo(false)).body("reschedule.late", equalTo(true))
                .body("reschedule.reason", equalTo("Cần xác minh thêm"));

        try (TopicProbe probe = TopicProbe.of(DevstackTestResource.kafkaBootstrapServers(), Topics.DOSSIER_LIFECYCLE)) {
            DossierRescheduled first = probe.awaitOne(TopicProbe.keyAndType(inTime, RESCHEDULED), Duration.ofSeconds(30))
                    .payloadAs(DossierRescheduled.class);
            DossierRescheduled second = probe.awaitOne(TopicProbe.keyAndType(late, RESCHEDULED), Duration.ofSeconds(30))
                    .payloadAs(DossierRescheduled.class);
            assertThat(first.late()).isFalse();
            assertThat(first.automatic()).isFalse();
            assertThat(first.actor()).isEqualTo(Fixtures.OFFICER);
            assertThat(second.late()).isTrue();
            assertThat(second.automatic()).isFalse();
        }
        String sheet = Fixtures.officer().accept("text/html").get("/api/v1/dossiers/{code}", late).then()
                .statusCode(200).extract().asString();
        assertThat(sheet).contains("hẹn lại muộn");
    }

    @Test
    void aPauseMovesTheAppointmentTheOfficersApologyIsJudgedOn() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant nearDue = now.plus(Duration.ofHours(2));
        String code = Fixtures.receive(Fixtures.received(Fixtures.newCode(), now.minus(Duration.ofDays(9)), nearDue));
        Fixtures.actAsLeader(code, "assign", with("assign", now.minus(Duration.ofDays(8).plusHours(1))))
                .statusCode(200);
        Fixtures.actAsLeader(code, "supplement-requests", with("supplement-requests", now.minus(Duration.ofDays(8))))
                .statusCode(200);
        // eight calendar days of pause hold at least five working days (no holiday in the test's weeks)
        Fixtures.act(code, "supplements", with("supplements", now.minus(Duration.ofHours(1)))).statusCode(200);
        String moved = Fixtures.view(code).statusCode(200)
                .body("originalDueAt", equalTo(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME
                        .format(nearDue.atOffset(java.time.ZoneOffset.ofHours(7)))))
                .extract().path("currentDueAt");
        assertThat(OffsetDateTime.parse(moved).toInstant()).isAfter(nearDue.plus(Duration.ofDays(5)));

        // without the pause this apology would come after the last moment in time; with it, three working days early
        Fixtures.act(code, "reschedule", reschedule(OffsetDateTime.parse(moved).toInstant().plus(Duration.ofDays(3))))
                .statusCode(200).body("reschedule.late", equalTo(false)).body("reschedule.automatic", equalTo(false));
    }

    private static Map<String, Object> with(String action, Instant occurredAt) {
        Map<String, Object> body = new java.util.HashMap<>(Fixtures.body(action));
        body.put("occurredAt", occurredAt.toString());
        return body;
    }

    static Map<String, Object> reschedule(Instant newDueAt) {
        return Map.of("reason", "Cần xác minh thêm", "newDueAt", newDueAt.toString(), "signerTitle", "KT. Giám đốc");
    }

    /** Received on 20 May 2025 with the appointment {@code due}. */
    static String receivedLongAgo(Instant due) {
        return Fixtures.receive(Fixtures.received(Fixtures.newCode(), at("2025-05-20T09:00:00+07:00"), due));
    }

    static DeadlineMissed missed(String code, Instant dueAt, Instant noticedAt) {
        return new DeadlineMissed(code, noticedAt, 1, dueAt, dueAt, "1.000948", Fixtures.AGENCY, Fixtures.UNIT,
                Fixtures.OFFICER);
    }

    static Instant at(String iso) {
        return OffsetDateTime.parse(iso).toInstant();
    }

    static String nextIp() {
        return "10.13.0." + IPS.getAndIncrement();
    }

    static RequestSpecification from(String ip) {
        return given().header("X-Forwarded-For", ip);
    }
}
