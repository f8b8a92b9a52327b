package vn.motcua.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.events.Topics;
import vn.motcua.events.lifecycle.DossierRescheduled;
import vn.motcua.notification.support.FakeGatewayResource;
import vn.motcua.notification.support.Feed;
import vn.motcua.notification.support.Mails;
import vn.motcua.notification.support.TestDossier;
import vn.motcua.support.messaging.EventConsumers;
import vn.motcua.testkit.TopicProbe;

/** A dossier imported with its history: what happened before its import gives no notice; what happens after does. */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@QuarkusTestResource(FakeGatewayResource.class)
class MigratedDossierTest {
    static final Instant NEW_DUE = OffsetDateTime.parse("2025-06-11T17:00:00+07:00").toInstant();

    @Inject
    EventConsumers consumers;

    Feed feed;
    TopicProbe outcomes;

    @BeforeEach
    void open() {
        feed = new Feed(consumers);
        outcomes = TopicProbe.of(DevstackTestResource.kafkaBootstrapServers(), Topics.NOTIFICATION_OUTCOME);
    }

    @AfterEach
    void close() {
        feed.close();
        outcomes.close();
    }

    @Test
    void aReplayedRescheduleAndPastDeadlinesOfAnImportedDossierGiveNoNotice() {
        TestDossier d = TestDossier.create().imported();
        feed.send(Topics.DOSSIER_LIFECYCLE, d.code, d.received(), d.rescheduled("Cần xác minh", NEW_DUE));
        feed.send(Topics.DOSSIER_SLA, d.code, d.approaching(), d.missed(1, TestDossier.DUE), d.missed(2, NEW_DUE));

        assertThat(outcomes.settle(TopicProbe.key(d.code), Duration.ofSeconds(3))).isEmpty();
        assertThat(Mails.about(d.applicant().email(), d.code)).isEmpty();
        assertThat(Mails.about(d.leaderEmail(), d.code)).isEmpty();
        assertThat(Mails.about(d.counterEmail(), d.code)).isEmpty();
        notices(d).body("size()", equalTo(0));
    }

    @Test
    void theSameHistoryOfALiveDossierGetsItsApology() {
        TestDossier d = TestDossier.create();
        feed.send(Topics.DOSSIER_LIFECYCLE, d.code, d.received(), d.rescheduled("Cần xác minh", NEW_DUE));

        assertThat(Mails.subject(Mails.await(d.applicant().email(), d.code, 1).getFirst()))
                .isEqualTo("Phiếu xin lỗi và hẹn lại ngày trả kết quả - hồ sơ " + d.code);
        notices(d).body("kind", contains("APOLOGY"));
    }

    @Test
    void anImportedDossierRescheduledAfterItsImportGetsItsApology() {
        TestDossier d = TestDossier.create().imported();
        Instant now = Instant.now();
        DossierRescheduled today = new DossierRescheduled(d.code, now, d.officer, "Cần xác minh", TestDossier.DUE,
                now.plus(Duration.ofDays(7)), "KT. GIÁM ĐỐC");
        feed.send(Topics.DOSSIER_LIFECYCLE, d.code, d.received(), today);

        Mails.await(d.applicant().email(), d.code, 1);
        notices(d).body("kind", contains("APOLOGY"));
    }

    private static io.restassured.response.ValidatableResponse notices(TestDossier d) {
        return given().auth().oauth2(DevstackTestResource.token("admin", TestDossier.PROVINCE)).accept("application/json")
                .queryParam("dossier", d.code).when().get("/api/v1/notices").then().statusCode(200);
    }
}
