package vn.motcua.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.events.Contact;
import vn.motcua.events.ContactChannel;
import vn.motcua.events.EventTypes;
import vn.motcua.events.NoticeKind;
import vn.motcua.events.Topics;
import vn.motcua.events.lifecycle.DossierRescheduled;
import vn.motcua.events.notification.NoticeSent;
import vn.motcua.notification.support.FakeGatewayResource;
import vn.motcua.notification.support.Mails;
import vn.motcua.testkit.Polling;
import vn.motcua.notification.support.TestDossier;
import vn.motcua.support.messaging.EventConsumers;
import vn.motcua.testkit.EventWriter;
import vn.motcua.testkit.ReceivedEvent;
import vn.motcua.testkit.TopicProbe;

/**
 * DossierRescheduled, by an officer or by processing itself, → one apology letter by e-mail (to the authorised person
 * when named), announced once on the outcome topic; at most one per dossier, ever.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@QuarkusTestResource(FakeGatewayResource.class)
class ApologyNoticeTest {
    static final String SENT_TYPE = EventTypes.typeOf(NoticeSent.class);
    static final Instant NEW_DUE = OffsetDateTime.parse("2025-06-11T17:00:00+07:00").toInstant();
    static final String REASON = "Cần xác minh thông tin với cơ quan công an nơi cư trú";
    static final String AUTO_REASON = "Hồ sơ chưa được giải quyết xong trong thời hạn đã hẹn; cơ quan đang tiếp tục xử lý.";

    static EventWriter writer;
    static TopicProbe outcomes;

    @Inject
    EventConsumers consumers;

    @Inject
    DataSource db;

    @BeforeAll
    static void open() {
        writer = new EventWriter(DevstackTestResource.kafkaBootstrapServers());
        outcomes = TopicProbe.of(DevstackTestResource.kafkaBootstrapServers(), Topics.NOTIFICATION_OUTCOME);
    }

    @AfterAll
    static void close() {
        writer.close();
        outcomes.close();
    }

    @Test
    void apologyGoesOnceToTheAuthorisedPersonWhateverKafkaRedelivers() throws Exception {
        TestDossier d = TestDossier.create();
        Contact authorised = TestDossier.contact("Nguyễn Văn Đức", "duc." + d.agency + "@uyquyen.motcua.local", "0987000111",
                ContactChannel.EMAIL);
        d.authorisedPerson(authorised);
        writer.send(Topics.DOSSIER_LIFECYCLE, d.code, d.received());
        UUID eventId = UUID.randomUUID();
        DossierRescheduled rescheduled = d.rescheduled(REASON, NEW_DUE);
        writer.send(Topics.DOSSIER_LIFECYCLE, d.code, rescheduled, eventId);

        MimeMessage mail = Mails.await(authorised.email(), d.code, 1).getFirst();
        assertThat(Mails.subject(mail)).isEqualTo("Phiếu xin lỗi và hẹn lại ngày trả kết quả - hồ sơ " + d.code);
        assertThat(mail.getFrom()[0].toString()).contains("no-reply@motcua.local");
        String text = Mails.part(mail, "text/plain");
        assertThat(text).contains("Kính gửi: Ông/Bà Nguyễn Văn Đức", d.code, "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam",
                "Ngày 02/06/2025 08:00", "hẹn trả kết quả giải quyết hồ sơ: 06/06/2025 17:00",
                "không trả được kết quả giải quyết hồ sơ của Ông/Bà đúng thời gian đã hẹn", "Lý do: " + REASON,
                "xin lỗi Ông/Bà", "hẹn lại thời gian trả kết quả giải quyết hồ sơ vào: 11/06/2025 17:00",
                "KT. GIÁM ĐỐC", "Bộ phận Một cửa");
        assertThat(Mails.part(mail, "text/html")).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Phiếu xin lỗi và hẹn lại ngày trả kết quả");
        Mails.await(d.counterEmail(), d.code, 1);

        ReceivedEvent outcome = outcomes.awaitOne(TopicProbe.keyAndType(d.code, SENT_TYPE), Duration.ofSeconds(30));
        assertThat(outcome.header("ce_source")).isEqualTo("/notification-service");
        assertThat(outcome.header("ce_subject")).isEqualTo(d.code);
        assertThat(outcome.header("ce_specversion")).isEqualTo("1.0");
        NoticeSent sent = outcome.payloadAs(NoticeSent.class);
        assertThat(sent.kind()).isEqualTo(NoticeKind.APOLOGY);
        assertThat(sent.episode()).isEqualTo(2);
        assertThat(sent.channel()).isEqualTo(ContactChannel.EMAIL);
        assertThat(sent.recipientMasked()).isEqualTo("d***@uyquyen.motcua.local");
        assertThat(sent.reason()).isEqualTo(REASON);
        assertThat(sent.newDueAt()).isEqualTo(NEW_DUE);

        long before = consumers.processedCount();
        writer.send(Topics.DOSSIER_LIFECYCLE, d.code, rescheduled, eventId);
        writer.send(Topics.DOSSIER_LIFECYCLE, d.code, d.rescheduled("Lý do khác", NEW_DUE.plusSeconds(86400)));
        Polling.until(consumers::processedCount, n -> n >= before + 2, Duration.ofSeconds(20));
        assertThat(outcomes.settle(TopicProbe.keyAndType(d.code, SENT_TYPE), Duration.ofSeconds(3))).hasSize(1);
        assertThat(Mails.about(authorised.email(), d.code)).hasSize(1);
        assertThat(Mails.about(d.applicant().email(), d.code)).isEmpty();
    }

    @Test
    void staffListTheNoticesAndPrintTheLetter() {
        TestDossier d = TestDossier.create();
        writer.send(Topics.DOSSIER_LIFECYCLE, d.code, d.received());
        writer.send(Topics.DOSSIER_LIFECYCLE, d.code, d.rescheduled(REASON, NEW_DUE));
        List<MimeMessage> mails = Mails.await(d.applicant().email(), d.code, 1);
        assertThat(Mails.part(mails.getFirst(), "text/plain")).contains("Kính gửi: Ông/Bà Trần Thị Bình");
        String officer = DevstackTestResource.token("officer", d.agency, d.officer);

        String id = given().auth().oauth2(officer).accept("application/json").queryParam("dossier", d.code)
                .when().get("/api/v1/notices").then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].kind", equalTo("APOLOGY"))
                .body("[0].episode", equalTo(2))
                .body("[0].status", equalTo("SENT"))
                .body("[0].channel", equalTo("EMAIL"))
                .body("[0].recipientMasked", matchesPattern("b\\*\\*\\*@dan\\.motcua\\.local"))
                .body("[0].newDueAt", equalTo("2025-06-11T17:00:00+07:00"))
                .body("[0].serialNumber", matchesPattern("\\d+/\\d{4}/PXL"))
                .extract().path("[0].id");

        given().auth().oauth2(officer).accept("text/html").when().get("/api/v1/notices/" + id).then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), containsString("Độc lập - Tự do - Hạnh phúc"),
                        containsString("Kính gửi: Ông/Bà Trần Thị Bình"), containsString("11/06/2025 17:00"));
        given().auth().oauth2(officer).accept("application/json").when().get("/api/v1/notices/" + id).then().statusCode(200)
                .body("dossierCode", equalTo(d.code));
        given().auth().oauth2(officer).when().get("/api/v1/notices/" + id + "/deliveries").then().statusCode(200)
                .body("$", hasSize(1)).body("[0].channel", equalTo("EMAIL")).body("[0].result", equalTo("SENT"))
                .body("[0].content", containsString("Lý do: " + REASON));

        String stranger = DevstackTestResource.token("officer", "000.99.99.H99");
        given().auth().oauth2(stranger).accept("application/json").when().get("/api/v1/notices/" + id).then().statusCode(403)
                .contentType(containsString("application/problem+json"));
        given().auth().oauth2(stranger).accept("application/json").queryParam("dossier", d.code).when()
                .get("/api/v1/notices").then().statusCode(403);
        given().auth().oauth2(DevstackTestResource.token("admin", "000.99.99.H99")).accept("application/json")
                .queryParam("dossier", d.code).when().get("/api/v1/notices").then().statusCode(200).body("$", hasSize(1));
        given().auth().oauth2(officer).accept("application/json").when().get("/api/v1/notices").then().statusCode(400)
                .body("errors[0].field", equalTo("dossier"));
        given().auth().oauth2(officer).accept("application/json").when().get("/api/v1/notices/" + UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    void anAutomaticRescheduleGivesOneLetterWithProcessingsDateAndReason() throws Exception {
        TestDossier d = TestDossier.create();
        writer.send(Topics.DOSSIER_LIFECYCLE, d.code, d.received());
        UUID eventId = UUID.randomUUID();
        DossierRescheduled automatic = d.rescheduledAutomatically(AUTO_REASON, NEW_DUE);
        writer.send(Topics.DOSSIER_LIFECYCLE, d.code, automatic, eventId);

        String text = Mails.part(Mails.await(d.applicant().email(), d.code, 1).getFirst(), "text/plain");
        assertThat(text).contains("Phiếu xin lỗi và hẹn lại ngày trả kết quả", "Kính gửi: Ông/Bà Trần Thị Bình",
                "hẹn trả kết quả giải quyết hồ sơ: 06/06/2025 17:00", "Lý do: " + AUTO_REASON,
                "hẹn lại thời gian trả kết quả giải quyết hồ sơ vào: 11/06/2025 17:00", "KT. THỦ TRƯỞNG CƠ QUAN");
        NoticeSent sent = outcomes.awaitOne(TopicProbe.keyAndType(d.code, SENT_TYPE), Duration.ofSeconds(30))
                .payloadAs(NoticeSent.class);
        assertThat(sent.kind()).isEqualTo(NoticeKind.AUTO_APOLOGY);
        assertThat(sent.episode()).isEqualTo(1);
        assertThat(sent.newDueAt()).isEqualTo(NEW_DUE);
        assertThat(sent.reason()).isEqualTo(AUTO_REASON);

        // a redelivery, then an officer's reschedule processing should have refused: still the one letter
        long before = consumers.processedCount();
        writer.send(Topics.DOSSIER_LIFECYCLE, d.code, automatic, eventId);
        writer.send(Topics.DOSSIER_LIFECYCLE, d.code, d.rescheduled(REASON, NEW_DUE.plusSeconds(86400)));
        Polling.until(consumers::processedCount, n -> n >= before + 2, Duration.ofSeconds(20));
        assertThat(outcomes.settle(TopicProbe.keyAndType(d.code, SENT_TYPE), Duration.ofSeconds(3))).hasSize(1);
        assertThat(Mails.about(d.applicant().email(), d.code)).hasSize(1);
        given().auth().oauth2(DevstackTestResource.token("admin", TestDossier.PROVINCE)).accept("application/json")
                .queryParam("dossier", d.code).when().get("/api/v1/notices").then().statusCode(200)
                .body("kind", contains("AUTO_APOLOGY")).body("newDueAt", contains("2025-06-11T17:00:00+07:00"));
    }

    /**
     * Before issue 13 notification chose the automatic date itself and keyed that letter (dossier, 1, AUTO_APOLOGY);
     * processing's start-up reconciliation then publishes the automatic DossierRescheduled of that date.
     */
    @Test
    void aDossierThatGotItsAutomaticApologyBeforeTheUpgradeGetsNoSecondLetter() throws Exception {
        TestDossier d = TestDossier.create();
        writer.send(Topics.DOSSIER_LIFECYCLE, d.code, d.received());
        Polling.until(() -> count("select count(*) from dossier_context where dossier_code = ?", d.code), n -> n == 1,
                Duration.ofSeconds(20));
        UUID preUpgrade = UUID.randomUUID();
        try (Connection c = db.getConnection(); PreparedStatement insert = c.prepareStatement("insert into notice (id, "
                + "dossier_code, episode, kind, status, agency_code, access_path, serial_number, channel, reason, "
                + "original_due_at, new_due_at, subject, next_attempt_at, created_at, sent_at) values (?, ?, 1, "
                + "'AUTO_APOLOGY', 'SENT', ?, ?, '7/2025/PXL', 'EMAIL', 'Chưa giải quyết xong', ?, ?, 'Phiếu xin lỗi', ?, ?, ?)")) {
            Timestamp missed = Timestamp.from(TestDossier.DUE.plusSeconds(60));
            insert.setObject(1, preUpgrade);
            insert.setString(2, d.code);
            insert.setString(3, d.agency);
            insert.setString(4, TestDossier.PROVINCE + "," + d.agency + "," + TestDossier.PROVINCE + "," + d.agency);
            insert.setTimestamp(5, Timestamp.from(TestDossier.DUE));
            insert.setTimestamp(6, Timestamp.from(NEW_DUE));
            insert.setTimestamp(7, missed);
            insert.setTimestamp(8, missed);
            insert.setTimestamp(9, missed);
            insert.executeUpdate();
        }

        long before = consumers.processedCount();
        writer.send(Topics.DOSSIER_LIFECYCLE, d.code, d.rescheduledAutomatically(AUTO_REASON, NEW_DUE));
        Polling.until(consumers::processedCount, n -> n > before, Duration.ofSeconds(20));
        assertThat(outcomes.settle(TopicProbe.keyAndType(d.code, SENT_TYPE), Duration.ofSeconds(3))).isEmpty();
        assertThat(Mails.about(d.applicant().email(), d.code)).isEmpty();
        given().auth().oauth2(DevstackTestResource.token("admin", TestDossier.PROVINCE)).accept("application/json")
                .queryParam("dossier", d.code).when().get("/api/v1/notices").then().statusCode(200)
                .body("id", contains(preUpgrade.toString())).body("serialNumber", contains("7/2025/PXL"));
    }

    private long count(String sql, String code) {
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, code);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
