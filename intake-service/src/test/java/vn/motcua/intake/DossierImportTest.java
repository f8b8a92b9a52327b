package vn.motcua.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.events.Topics;
import vn.motcua.events.lifecycle.DossierReceived;
import vn.motcua.support.time.VnTime;
import vn.motcua.testkit.ReceivedEvent;
import vn.motcua.testkit.TopicProbe;

/** POST /api/v1/dossiers/imports: historical dossiers in one all-or-nothing batch, announced as migrated. */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "intake"))
class DossierImportTest {
    private static final String IMPORTS = "/api/v1/dossiers/imports";

    /** A commune counter under a fresh parent, with a 5-working-day procedure of the parent. */
    private record Setup(String parent, String counter, String procedure) {
        static Setup fresh() {
            String parent = TestData.createAgency(TestData.ROOT);
            return new Setup(parent, TestData.createAgency(parent), TestData.createProcedure(parent, 5, "WORKING_DAYS"));
        }

        Map<String, Object> receipt(ZonedDateTime receivedAt) {
            Map<String, Object> body = TestData.dossier(procedure, counter);
            body.put("receivedAt", receivedAt.toOffsetDateTime().toString());
            return body;
        }
    }

    private static ZonedDateTime daysAgo(int days) {
        return ZonedDateTime.now(VnTime.ZONE).minusDays(days).withHour(9).withMinute(15).withSecond(0).withNano(0);
    }

    private static String day(ZonedDateTime at) {
        return at.format(DateTimeFormatter.ofPattern("yyMMdd"));
    }

    @Test
    void aValidBatchIsStoredInOrderAndAnnouncedAsMigrated() {
        Setup s = Setup.fresh();
        ZonedDateTime first = daysAgo(20);
        ZonedDateTime second = daysAgo(10);
        Response created = TestData.as("migration", s.counter())
                .body(Map.of("dossiers", List.of(s.receipt(first), s.receipt(second), s.receipt(first))))
                .post(IMPORTS).then().statusCode(201)
                .body("dossiers", hasSize(3))
                .body("dossiers.dossierCode", contains(s.counter() + "-" + day(first) + "-0001",
                        s.counter() + "-" + day(second) + "-0001", s.counter() + "-" + day(first) + "-0002"))
                .body("dossiers[0].receivedAt", startsWith(first.toLocalDate().toString()))
                .extract().response();
        List<String> codes = created.path("dossiers.dossierCode");
        String dueAt = created.path("dossiers[1].dueAt");

        TestData.as("officer", s.parent()).get("/api/v1/dossiers/" + codes.get(1)).then().statusCode(200)
                .body("migrated", equalTo(true))
                .body("dueAt", equalTo(dueAt))
                .body("enteredBy", equalTo("migration.tester@motcua.local"))
                .body("receipt.applicant.idNumber", equalTo("*********345"));

        try (TopicProbe probe = TopicProbe.of(DevstackTestResource.kafkaBootstrapServers(), Topics.DOSSIER_LIFECYCLE)) {
            for (String code : codes) {
                ReceivedEvent record = probe.awaitOne(TopicProbe.keyAndType(code, "vn.motcua.dossier.received.v1"),
                        Duration.ofSeconds(30));
                DossierReceived event = record.payloadAs(DossierReceived.class);
                assertThat(event.migrated()).isTrue();
                // the previous system printed its slip: no lookup PIN, the phone ending still opens the lookup
                assertThat(event.lookupPin()).isNull();
                assertThat(event.receivedAt()).isBefore(event.enteredAt());
                assertThat(record.json()).doesNotContain("079190012345");
            }
        }
    }

    @Test
    void anInvalidItemRefusesTheWholeBatchNamingIt() {
        Setup s = Setup.fresh();
        ZonedDateTime at = daysAgo(5);
        Map<String, Object> badCode = s.receipt(at);
        badCode.put("procedureCode", "not-a-code");
        TestData.as("migration", s.counter()).body(Map.of("dossiers", List.of(s.receipt(at), badCode)))
                .post(IMPORTS).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("dossiers[1].procedureCode"));

        Map<String, Object> unknown = s.receipt(at);
        unknown.put("procedureCode", TestData.uniqueProcedureCode());
        TestData.as("migration", s.counter()).body(Map.of("dossiers", List.of(s.receipt(at), s.receipt(at), unknown)))
                .post(IMPORTS).then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("dossiers[2].procedureCode"))
                .body("detail", startsWith("dossiers[2]: unknown procedure"));

        Map<String, Object> live = s.receipt(at);
        live.remove("receivedAt");
        TestData.as("migration", s.counter()).body(Map.of("dossiers", List.of(s.receipt(at), live)))
                .post(IMPORTS).then().statusCode(400)
                .body("errors[0].field", equalTo("dossiers[1].receivedAt"))
                .body("errors[0].message", equalTo("is required for an imported dossier"));

        // nothing of the refused batches was written: not the dossiers, not their numbers
        TestData.as("clerk", s.counter()).get("/api/v1/dossiers/" + s.counter() + "-" + day(at) + "-0001")
                .then().statusCode(404);
        TestData.as("migration", s.counter()).body(Map.of("dossiers", List.of(s.receipt(at)))).post(IMPORTS)
                .then().statusCode(201).body("dossiers[0].dossierCode", equalTo(s.counter() + "-" + day(at) + "-0001"));
        TestData.as("migration", s.counter()).body(Map.of("dossiers", List.of())).post(IMPORTS)
                .then().statusCode(400).body("errors[0].field", equalTo("dossiers"));
    }

    @Test
    void aReplayWithTheSameKeyAnswersTheFirstBatchAgain() {
        Setup s = Setup.fresh();
        Map<String, Object> body = Map.of("dossiers", List.of(s.receipt(daysAgo(3)), s.receipt(daysAgo(2))));
        String key = UUID.randomUUID().toString();
        String first = TestData.as("migration", s.counter()).header("Idempotency-Key", key).body(body).post(IMPORTS)
                .then().statusCode(201).extract().asString();
        TestData.as("migration", s.counter()).header("Idempotency-Key", key).body(body).post(IMPORTS)
                .then().statusCode(200).header("Idempotent-Replayed", "true").body(equalTo(first));
        String third = TestData.as("migration", s.counter()).body(body).post(IMPORTS).then().statusCode(201)
                .extract().path("dossiers[1].dossierCode");
        assertThat(third).endsWith("-0002");
        TestData.as("migration", s.counter()).header("Idempotency-Key", key)
                .body(Map.of("dossiers", List.of(s.receipt(daysAgo(4))))).post(IMPORTS)
                .then().statusCode(422).body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void onlyTheMigrationRoleOfTheCounterMayImport() {
        Setup s = Setup.fresh();
        String other = TestData.createAgency(TestData.ROOT);
        Map<String, Object> body = Map.of("dossiers", List.of(s.receipt(daysAgo(3))));
        RestAssured.given().contentType(ContentType.JSON).body(body).post(IMPORTS).then().statusCode(401);
        TestData.as("officer", s.counter()).body(body).post(IMPORTS).then().statusCode(403);
        // a counter's clerk receives live dossiers; admin writes only reference data
        TestData.as("clerk", s.counter()).body(body).post(IMPORTS).then().statusCode(403);
        TestData.admin().body(body).post(IMPORTS).then().statusCode(403);
        TestData.as("migration", other).body(Map.of("dossiers", List.of(s.receipt(daysAgo(3)), s.receipt(daysAgo(3)))))
                .post(IMPORTS).then().statusCode(403).contentType("application/problem+json")
                .body("errors[0].field", equalTo("dossiers[0]"));
        TestData.as("migration", s.counter()).body(body).post(IMPORTS).then().statusCode(201);
    }
}
