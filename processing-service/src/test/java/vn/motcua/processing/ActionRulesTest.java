package vn.motcua.processing;

import static java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.events.EventTypes;
import vn.motcua.events.Topics;
import vn.motcua.events.lifecycle.DossierRescheduled;
import vn.motcua.testkit.TopicProbe;

/** The rules of single actions: reschedule once, the second supplement warning, occurredAt bounds, required fields. */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "processing"))
class ActionRulesTest {

    @Test
    void rescheduleIsTheApologyRequestAndHappensOnlyOnce() {
        Instant received = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
        Instant due = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        String code = Fixtures.receive(Fixtures.received(Fixtures.newCode(), received, due));
        Fixtures.drive(code, List.of("assign"));
        Instant newDue = due.plus(Duration.ofDays(4));

        Fixtures.act(code, "reschedule", Map.of("reason", "Cần xác minh nhân thân", "newDueAt", due.toString()))
                .statusCode(409).body("errors[0].field", equalTo("newDueAt"))
                .body("detail", containsString("later than the current appointment"));
        Fixtures.act(code, "reschedule", Map.of("reason", " ", "newDueAt", newDue.toString()))
                .statusCode(400).body("errors[0].field", equalTo("reason"));

        Fixtures.act(code, "reschedule", Map.of("reason", "Cần xác minh nhân thân", "newDueAt",
                newDue.atOffset(ZoneOffset.ofHours(7)).toString(), "signerTitle", "KT. Giám đốc"))
                .statusCode(200)
                .body("status.code", equalTo(4))
                .body("rescheduled", equalTo(true))
                .body("rescheduleReason", equalTo("Cần xác minh nhân thân"))
                .body("originalDueAt", endsWith("+07:00"))
                .body("currentDueAt", equalTo(ISO_OFFSET_DATE_TIME.format(newDue.atOffset(ZoneOffset.ofHours(7)))))
                .body("originalDueAt", equalTo(ISO_OFFSET_DATE_TIME.format(due.atOffset(ZoneOffset.ofHours(7)))));

        Fixtures.act(code, "reschedule", Map.of("reason", "Lại trễ", "newDueAt", newDue.plus(Duration.ofDays(3)).toString()))
                .statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("the new appointment may be set only once"))
                .body("rule", containsString("only once"));

        try (TopicProbe probe = TopicProbe.of(DevstackTestResource.kafkaBootstrapServers(), Topics.DOSSIER_LIFECYCLE)) {
            DossierRescheduled e = probe.awaitOne(TopicProbe.keyAndType(code, EventTypes.typeOf(DossierRescheduled.class)),
                    Duration.ofSeconds(30)).payloadAs(DossierRescheduled.class);
            assertThat(e.originalDueAt()).isEqualTo(due);
            assertThat(e.newDueAt()).isEqualTo(newDue);
            assertThat(e.reason()).isEqualTo("Cần xác minh nhân thân");
            assertThat(e.signerTitle()).isEqualTo("KT. Giám đốc");
            assertThat(probe.settle(TopicProbe.keyAndType(code, EventTypes.typeOf(DossierRescheduled.class)),
                    Duration.ofMillis(300))).hasSize(1);
        }
    }

    @Test
    void aRescheduleRecordedLateIsJudgedAtItsOccurredAtNotAtTheClock() {
        Instant received = Instant.now().minus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);
        Instant due = received.plus(Duration.ofDays(5)); // before the apology, so only the occurredAt rule can refuse
        String code = Fixtures.receive(Fixtures.received(Fixtures.newCode(), received, due));
        Instant assigned = received.plus(Duration.ofDays(1));
        Fixtures.actAsLeader(code, "assign", Map.of("unitCode", Fixtures.UNIT, "officer", Fixtures.OFFICER, "stepName",
                "Thẩm định", "occurredAt", assigned.toString())).statusCode(200);
        Instant apologised = received.plus(Duration.ofDays(8));

        Fixtures.actAsLeader(code, "reschedule", Map.of("reason", "Chờ xác minh", "occurredAt", apologised.toString(),
                        "newDueAt", apologised.minus(Duration.ofHours(1)).toString()))
                .statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("newDueAt"))
                .body("errors[0].message", containsString("later than the time of the reschedule"));
        // a new appointment already past (18 days ago) is fine for an apology made 22 days ago
        Instant newDue = received.plus(Duration.ofDays(12));
        Fixtures.actAsLeader(code, "reschedule", Map.of("reason", "Chờ xác minh", "occurredAt", apologised.toString(),
                        "newDueAt", newDue.toString()))
                .statusCode(200)
                .body("rescheduled", equalTo(true))
                .body("currentDueAt", equalTo(ISO_OFFSET_DATE_TIME.format(newDue.atOffset(ZoneOffset.ofHours(7)))));

        try (TopicProbe probe = TopicProbe.of(DevstackTestResource.kafkaBootstrapServers(), Topics.DOSSIER_LIFECYCLE)) {
            DossierRescheduled e = probe.awaitOne(TopicProbe.keyAndType(code, EventTypes.typeOf(DossierRescheduled.class)),
                    Duration.ofSeconds(30)).payloadAs(DossierRescheduled.class);
            assertThat(e.occurredAt()).isEqualTo(apologised);
            assertThat(e.newDueAt()).isEqualTo(newDue);
        }
    }

    @Test
    void aSecondSupplementRequestIsAllowedWithAWarning() {
        String code = Fixtures.receiveNew();
        Fixtures.drive(code, List.of("assign"));
        Fixtures.act(code, "supplement-requests", Fixtures.body("supplement-requests")).statusCode(200)
                .body("warnings", empty()).body("supplementRequests", equalTo(1));
        Fixtures.act(code, "supplements", Map.of()).statusCode(200);
        Fixtures.act(code, "supplement-requests", Map.of("reason", "Bản sao chưa chứng thực",
                "missingDocuments", List.of("Bản sao chứng thực CCCD"))).statusCode(200)
                .body("status.code", equalTo(5))
                .body("supplementRequests", equalTo(2))
                .body("warnings", hasSize(1))
                .body("warnings[0].code", equalTo("SECOND_SUPPLEMENT_REQUEST"))
                .body("warnings[0].message", containsString("late"));
    }

    @Test
    void workRecordedLateIsAuditedButNeitherFutureNorBeforeThePreviousEvent() {
        Instant received = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        String code = Fixtures.receive(Fixtures.received(Fixtures.newCode(), received,
                Instant.now().plus(Duration.ofDays(3))));
        OffsetDateTime assignedAt = received.plus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC);

        Fixtures.act(code, "assign", Map.of("unitCode", Fixtures.UNIT, "officer", Fixtures.OFFICER, "stepName", "Thẩm định",
                "occurredAt", received.minusSeconds(60).toString()))
                .statusCode(400).body("errors[0].field", equalTo("occurredAt"))
                .body("errors[0].message", containsString("previous event"));
        Fixtures.act(code, "assign", Map.of("unitCode", Fixtures.UNIT, "officer", Fixtures.OFFICER, "stepName", "Thẩm định",
                "occurredAt", Instant.now().plus(Duration.ofMinutes(5)).toString()))
                .statusCode(400).body("errors[0].field", equalTo("occurredAt"))
                .body("errors[0].message", containsString("future"));
        String recorded = Fixtures.act(code, "assign", Map.of("unitCode", Fixtures.UNIT, "officer", Fixtures.OFFICER,
                "stepName", "Thẩm định", "occurredAt", assignedAt.toString()))
                .statusCode(200)
                .body("history[1].occurredAt", endsWith("+07:00"))
                .body("history[1].recordedLate", equalTo(true))
                .body("history[1].recordedBy", equalTo(Fixtures.OFFICER))
                .extract().path("history[1].occurredAt");
        assertThat(OffsetDateTime.parse(recorded).toInstant()).isEqualTo(assignedAt.toInstant());
        Fixtures.act(code, "supplement-requests", Map.of("reason", "Thiếu", "missingDocuments", List.of("Tờ khai"),
                "occurredAt", assignedAt.minusHours(1).toString()))
                .statusCode(400).body("errors[0].field", equalTo("occurredAt"));
        Fixtures.act(code, "supplement-requests", Fixtures.body("supplement-requests")).statusCode(200);
        Fixtures.act(code, "supplements", Map.of("receivedAt", assignedAt.toString()))
                .statusCode(400).body("errors[0].field", equalTo("receivedAt"));
        Fixtures.view(code).body("history", hasSize(3)).body("status.code", equalTo(5));
    }

    @Test
    void requiredFieldsAndBadBodiesAre400WithoutAnyChange() {
        String code = Fixtures.receiveNew();
        Fixtures.drive(code, List.of("assign"));
        Fixtures.act(code, "complete", Map.of()).statusCode(400).body("errors[0].field", equalTo("resultReference"));
        Fixtures.act(code, "complete", Map.of("resultReference", "  ")).statusCode(400)
                .body("errors[0].field", equalTo("resultReference"));
        Fixtures.act(code, "refuse", Map.of()).statusCode(400).body("errors[0].field", equalTo("reason"));
        Fixtures.act(code, "stop", Map.of("reason", "")).statusCode(400).body("errors[0].field", equalTo("reason"));
        Fixtures.act(code, "withdraw", Map.of("reason", "x", "extra", 1)).statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("extra"));
        Fixtures.act(code, "return", Map.of("channel", "PIGEON")).statusCode(400).body("errors[0].field", equalTo("channel"));
        Fixtures.act(code, "assign", Map.of("unitCode", Fixtures.UNIT, "officer", Fixtures.OFFICER, "stepName", "Bước",
                "stepDueAt", "not a date")).statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("stepDueAt"));
        Fixtures.act(code, "supplement-requests", Map.of("reason", "Thiếu", "missingDocuments", List.of()))
                .statusCode(400).body("errors[0].field", equalTo("missingDocuments"));
        Fixtures.officer().body("{").post("/api/v1/dossiers/{code}/complete", code).then().statusCode(400);
        Fixtures.officer().post("/api/v1/dossiers/{code}/complete", code).then().statusCode(400);
        Fixtures.act("000.00.99.H56-990101-0000", "complete", Fixtures.body("complete")).statusCode(404)
                .contentType(startsWith("application/problem+json"));
        Fixtures.view(code).body("status.code", equalTo(4)).body("history", hasSize(2));
    }
}
