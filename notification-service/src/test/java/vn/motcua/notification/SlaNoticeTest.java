package vn.motcua.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.events.NoticeKind;
import vn.motcua.events.Topics;
import vn.motcua.events.lifecycle.DossierRescheduled;
import vn.motcua.events.notification.NoticeSent;
import vn.motcua.notification.support.FakeGatewayResource;
import vn.motcua.notification.support.Feed;
import vn.motcua.notification.support.Mails;
import vn.motcua.notification.support.TestDossier;
import vn.motcua.support.messaging.EventConsumers;
import vn.motcua.testkit.ReceivedEvent;
import vn.motcua.testkit.TopicProbe;

/**
 * Deadline events: staff alert with the apology's last moment in time, escalation of a missed appointment (the letter
 * comes with processing's re-appointment, never from here), overdue notice with escalation and no third date, nothing
 * once ended; nothing for a migrated dossier's history (a reschedule or an appointment before its import).
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@QuarkusTestResource(FakeGatewayResource.class)
class SlaNoticeTest {
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
    void approachingDeadlineAlertsTheHoldingOfficerAndTheLeaderFromTheDirectory() {
        TestDossier d = TestDossier.create();
        String leader = "giam.doc." + d.agency + "@stp.motcua.local";
        String admin = DevstackTestResource.token("admin", TestDossier.PROVINCE);
        given().auth().oauth2(admin).contentType("application/json").body(Map.of("leaderEmail", leader))
                .when().put("/api/v1/agencies/" + d.agency + "/contacts").then().statusCode(200)
                .body("leaderEmail", equalTo(leader)).body("configured", equalTo(true))
                .body("operatorEmail", equalTo("vanhanh@" + d.agency.toLowerCase() + ".motcua.local"));
        given().auth().oauth2(admin).contentType("application/json").body(Map.of("leaderEmail", "not an address"))
                .when().put("/api/v1/agencies/" + d.agency + "/contacts").then().statusCode(400)
                .body("errors[0].field", equalTo("leaderEmail"));
        given().auth().oauth2(DevstackTestResource.token("leader", d.agency)).when()
                .get("/api/v1/agencies/" + d.agency + "/contacts").then().statusCode(403);

        feed.send(Topics.DOSSIER_LIFECYCLE, d.code, d.received(), d.started());
        feed.send(Topics.DOSSIER_SLA, d.code, d.approaching());

        MimeMessage toOfficer = Mails.await(d.officer, d.code, 1).getFirst();
        assertThat(Mails.subject(toOfficer)).isEqualTo("Cảnh báo hồ sơ sắp đến hạn trả kết quả - hồ sơ " + d.code);
        // the apology was in time until Thursday 05/06/2025 17:00, which has passed when the alert is read
        assertThat(Mails.part(toOfficer, "text/plain")).contains("Hồ sơ sắp đến hạn trả kết quả (06/06/2025 17:00)",
                "Đã qua thời điểm cuối cùng gửi Phiếu xin lỗi đúng hạn (05/06/2025 17:00)",
                "hẹn lại ngày trả kết quả kèm lý do ngay", "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam");
        Mails.await(leader, d.code, 1);
        assertThat(Mails.about(d.leaderEmail(), d.code)).isEmpty();
        assertThat(Mails.about(d.applicant().email(), d.code)).isEmpty();
        NoticeSent sent = outcomes.awaitOne(TopicProbe.key(d.code), Duration.ofSeconds(30)).payloadAs(NoticeSent.class);
        assertThat(sent.kind()).isEqualTo(NoticeKind.STAFF_DEADLINE_ALERT);
    }

    @Test
    void theAlertTellsTheOfficerTheLastMomentAnApologyIsInTime() {
        TestDossier d = TestDossier.create();
        Instant due = OffsetDateTime.parse("2099-06-08T17:00:00+07:00").toInstant();
        Instant lastMoment = OffsetDateTime.parse("2099-06-05T17:00:00+07:00").toInstant();
        feed.send(Topics.DOSSIER_LIFECYCLE, d.code, d.received(), d.started());
        feed.send(Topics.DOSSIER_SLA, d.code, d.approaching(1, due, lastMoment));

        String alert = Mails.part(Mails.await(d.officer, d.code, 1).getFirst(), "text/plain");
        assertThat(alert).contains("Hồ sơ sắp đến hạn trả kết quả (08/06/2099 17:00)",
                "hẹn lại ngày trả kết quả kèm lý do trước 05/06/2099 17:00, thời điểm cuối cùng để Phiếu xin lỗi đến công "
                        + "dân trước hạn ít nhất 01 ngày làm việc",
                "hệ thống tự động hẹn lại");
        assertThat(Mails.part(Mails.await(d.leaderEmail(), d.code, 1).getFirst(), "text/html"))
                .contains("<strong>05/06/2099 17:00</strong>");
    }

    @Test
    void theAlertOnTheNewAppointmentOffersNoSecondReschedule() {
        TestDossier d = TestDossier.create();
        feed.send(Topics.DOSSIER_LIFECYCLE, d.code, d.received(), d.started(), d.rescheduled("Chờ xác minh", NEW_DUE));
        feed.send(Topics.DOSSIER_SLA, d.code, d.approaching(2, NEW_DUE, null));

        String alert = Mails.part(Mails.await(d.officer, d.code, 1).getFirst(), "text/plain");
        assertThat(alert).contains("Hồ sơ sắp đến thời gian hẹn lại (11/06/2025 17:00)", "không được hẹn lại lần nữa")
                .doesNotContain("Phiếu xin lỗi", "thời điểm cuối cùng");
    }

    @Test
    void missedWithoutRescheduleEscalatesToTheLeaderAndWritesNoLetter() {
        TestDossier d = TestDossier.create();
        feed.send(Topics.DOSSIER_LIFECYCLE, d.code, d.received());
        feed.send(Topics.DOSSIER_SLA, d.code, d.missed(1, TestDossier.DUE));

        String escalation = Mails.part(Mails.await(d.leaderEmail(), d.code, 1).getFirst(), "text/plain");
        assertThat(escalation).contains("Báo cáo hồ sơ quá hạn", "chưa được hẹn lại trước hạn",
                "Hệ thống tự động hẹn lại ngày trả kết quả một lần");
        assertThat(sent(d, 1)).extracting(NoticeSent::kind).containsExactly(NoticeKind.ESCALATION);
        assertThat(outcomes.settle(TopicProbe.key(d.code), Duration.ofSeconds(3))).hasSize(1);
        assertThat(Mails.about(d.applicant().email(), d.code)).isEmpty();
        assertThat(Mails.about(d.counterEmail(), d.code)).isEmpty();
        assertThat(Mails.about(d.operatorEmail(), d.code)).isEmpty();
        notices(d).body("kind", contains("ESCALATION"));
    }

    @Test
    void aMissArrivingBeforeTheReceiptWaitsForItThenEscalatesOnce() {
        TestDossier d = TestDossier.create();
        // two topics have no order between them: after a restart the deadline topic may run ahead
        feed.send(Topics.DOSSIER_SLA, d.code, d.missed(1, TestDossier.DUE));
        feed.send(Topics.DOSSIER_LIFECYCLE, d.code, d.received());

        Mails.await(d.leaderEmail(), d.code, 1);
        assertThat(sent(d, 1)).extracting(NoticeSent::kind).containsExactly(NoticeKind.ESCALATION);
        assertThat(Mails.about(d.applicant().email(), d.code)).isEmpty();
    }

    @Test
    void theEscalationNamesTheAutomaticAppointmentWhenItArrivedFirst() {
        TestDossier d = TestDossier.create();
        feed.send(Topics.DOSSIER_LIFECYCLE, d.code, d.received(), d.rescheduledAutomatically("Chưa xong", NEW_DUE));
        feed.send(Topics.DOSSIER_SLA, d.code, d.missed(1, TestDossier.DUE));

        String escalation = Mails.part(Mails.await(d.leaderEmail(), d.code, 1).getFirst(), "text/plain");
        assertThat(escalation).contains("Hồ sơ đã được hẹn lại một lần, vào 11/06/2025 17:00");
        assertThat(sent(d, 2)).extracting(NoticeSent::kind)
                .containsExactlyInAnyOrder(NoticeKind.AUTO_APOLOGY, NoticeKind.ESCALATION);
        assertThat(Mails.about(d.applicant().email(), d.code)).hasSize(1);
    }

    @Test
    void missingTheNewAppointmentTellsTheCitizenPlainlyAndEscalatesToLeaderAndOperator() {
        TestDossier d = TestDossier.create();
        feed.send(Topics.DOSSIER_LIFECYCLE, d.code, d.received(), d.rescheduled("Chờ kết quả xác minh", NEW_DUE));
        feed.send(Topics.DOSSIER_SLA, d.code, d.missed(2, NEW_DUE), d.missed(2, NEW_DUE));

        List<MimeMessage> toCitizen = Mails.await(d.applicant().email(), d.code, 2);
        MimeMessage overdue = toCitizen.stream().filter(m -> Mails.subject(m).startsWith("Thông báo hồ sơ quá hạn")).findFirst()
                .orElseThrow();
        assertThat(Mails.part(overdue, "text/plain")).contains("hồ sơ đã quá hạn", "thời gian hẹn lại: 11/06/2025 17:00",
                "chỉ được điều chỉnh một lần", "đã báo cáo lãnh đạo");
        Mails.await(d.leaderEmail(), d.code, 1);
        assertThat(Mails.part(Mails.await(d.operatorEmail(), d.code, 1).getFirst(), "text/plain"))
                .contains("Báo cáo hồ sơ quá hạn lần hai", "hẹn lại một lần");

        List<NoticeSent> sent = sent(d, 3);
        assertThat(outcomes.settle(TopicProbe.key(d.code), Duration.ofSeconds(3))).hasSize(3);
        assertThat(sent).extracting(NoticeSent::kind)
                .containsExactlyInAnyOrder(NoticeKind.APOLOGY, NoticeKind.OVERDUE_NOTICE, NoticeKind.ESCALATION);
        assertThat(Mails.about(d.applicant().email(), d.code)).hasSize(2);
        assertThat(Mails.part(overdue, "text/plain")).doesNotContain("hẹn lại thời gian trả kết quả giải quyết hồ sơ vào");
        notices(d).body("findAll { it.newDueAt != null }.newDueAt", contains("2025-06-11T17:00:00+07:00"));
    }

    @Test
    void missingTheAutomaticAppointmentGivesNoLetterWithAThirdDate() {
        TestDossier d = TestDossier.create();
        feed.send(Topics.DOSSIER_LIFECYCLE, d.code, d.received());
        feed.send(Topics.DOSSIER_SLA, d.code, d.missed(1, TestDossier.DUE));
        feed.send(Topics.DOSSIER_LIFECYCLE, d.code, d.rescheduledAutomatically("Chưa xong", NEW_DUE));
        feed.send(Topics.DOSSIER_SLA, d.code, d.missed(2, NEW_DUE));

        List<MimeMessage> toCitizen = Mails.await(d.applicant().email(), d.code, 2);
        assertThat(toCitizen).extracting(Mails::subject).containsExactlyInAnyOrder(
                "Phiếu xin lỗi và hẹn lại ngày trả kết quả - hồ sơ " + d.code,
                "Thông báo hồ sơ quá hạn giải quyết - hồ sơ " + d.code);
        assertThat(Mails.part(Mails.await(d.operatorEmail(), d.code, 1).getFirst(), "text/plain"))
                .contains("Báo cáo hồ sơ quá hạn lần hai");
        assertThat(sent(d, 4)).extracting(NoticeSent::kind).containsExactlyInAnyOrder(NoticeKind.ESCALATION,
                NoticeKind.AUTO_APOLOGY, NoticeKind.OVERDUE_NOTICE, NoticeKind.ESCALATION);
        assertThat(outcomes.settle(TopicProbe.key(d.code), Duration.ofSeconds(3))).hasSize(4);
        notices(d).body("findAll { it.newDueAt != null }.newDueAt", contains("2025-06-11T17:00:00+07:00"));
    }

    @Test
    void aDossierThatEndedProcessingGetsNothing() {
        TestDossier d = TestDossier.create();
        feed.send(Topics.DOSSIER_LIFECYCLE, d.code, d.received(), d.completed());
        feed.send(Topics.DOSSIER_SLA, d.code, d.approaching(), d.missed(1, TestDossier.DUE));
        feed.send(Topics.DOSSIER_LIFECYCLE, d.code, d.rescheduled("muộn", NEW_DUE));

        assertThat(outcomes.settle(TopicProbe.key(d.code), Duration.ofSeconds(3))).isEmpty();
        assertThat(Mails.about(d.applicant().email(), d.code)).isEmpty();
        assertThat(Mails.about(d.leaderEmail(), d.code)).isEmpty();
        notices(d).body("size()", equalTo(0));
    }

    /** A dossier imported with its history: what happened before its import gives no notice; what happens after does. */
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
                now.plus(Duration.ofDays(7)), "KT. GIÁM ĐỐC", false, false);
        feed.send(Topics.DOSSIER_LIFECYCLE, d.code, d.received(), today);

        Mails.await(d.applicant().email(), d.code, 1);
        notices(d).body("kind", contains("APOLOGY"));
    }

    private static ValidatableResponse notices(TestDossier d) {
        return given().auth().oauth2(DevstackTestResource.token("admin", TestDossier.PROVINCE)).accept("application/json")
                .queryParam("dossier", d.code).when().get("/api/v1/notices").then().statusCode(200);
    }

    private List<NoticeSent> sent(TestDossier d, int count) {
        return outcomes.await(TopicProbe.key(d.code), count, Duration.ofSeconds(30)).stream()
                .map(ReceivedEvent::payload).map(NoticeSent.class::cast).toList();
    }
}
