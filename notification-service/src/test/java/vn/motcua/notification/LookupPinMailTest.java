package vn.motcua.notification;

import vn.motcua.testkit.CapturedLog;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.events.Topics;
import vn.motcua.notification.support.Mails;
import vn.motcua.notification.support.TestDossier;
import vn.motcua.testkit.EventWriter;

/**
 * There is no receipt e-mail (the slip is handed over at the counter): the citizen's first mail about a dossier is its
 * letter (apology, overdue notice), and that mail reminds them of the slip's lookup PIN, with how to look the dossier
 * up. Only the mail shows it: staff read a placeholder, the notice forgets it once sent, and no log line has it.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
class LookupPinMailTest {
    private static final String PIN = "Q8W3ZK5M";
    private static final Instant NEW_DUE = OffsetDateTime.parse("2025-06-11T17:00:00+07:00").toInstant();

    static EventWriter writer;

    @Inject
    DataSource db;

    @BeforeAll
    static void open() {
        writer = new EventWriter(DevstackTestResource.kafkaBootstrapServers());
    }

    @AfterAll
    static void close() {
        writer.close();
    }

    @Test
    void theCitizensMailTellsThePinAndHowToLookUpButStaffNeverSeeIt() throws Exception {
        TestDossier d = TestDossier.create();
        MimeMessage mail;
        try (CapturedLog log = CapturedLog.start()) {
            writer.send(Topics.DOSSIER_LIFECYCLE, d.code, d.received().withLookupPin(PIN));
            writer.send(Topics.DOSSIER_LIFECYCLE, d.code, d.rescheduled("Cần xác minh thêm", NEW_DUE));
            mail = Mails.await(d.applicant().email(), d.code, 1).getFirst();
            assertThat(log.lines()).as("log lines while receiving, issuing and sending").isNotEmpty()
                    .noneMatch(line -> line.contains(PIN));
        }
        assertThat(Mails.part(mail, "text/plain")).contains("trang Tra cứu hồ sơ (http://localhost:8082/tra-cuu)",
                "nhập mã hồ sơ " + d.code + " và mã tra cứu " + PIN + " (in trên phiếu hẹn)", "giữ kín mã tra cứu");
        assertThat(Mails.part(mail, "text/html")).contains(PIN).doesNotContain("••••••••");

        String officer = DevstackTestResource.token("officer", d.agency, d.officer);
        String list = given().auth().oauth2(officer).accept("application/json").queryParam("dossier", d.code)
                .get("/api/v1/notices").then().statusCode(200).extract().asString();
        String id = given().auth().oauth2(officer).accept("application/json").queryParam("dossier", d.code)
                .get("/api/v1/notices").then().extract().path("[0].id");
        String letter = given().auth().oauth2(officer).accept("text/html").get("/api/v1/notices/" + id).then()
                .statusCode(200).extract().asString();
        String deliveries = given().auth().oauth2(officer).get("/api/v1/notices/" + id + "/deliveries").then()
                .statusCode(200).extract().asString();
        assertThat(list).doesNotContain(PIN);
        assertThat(letter).doesNotContain(PIN).contains("mã tra cứu <span class=\"strong\">••••••••</span>");
        assertThat(deliveries).doesNotContain(PIN).contains("mã tra cứu ••••••••");
        assertThat(storedPin("select lookup_pin from notice where id = ?::uuid", id)).as("once sent").isNull();
    }

    @Test
    void aDossierWithoutPinGetsTheLetterWithoutTheLookupSentence() {
        TestDossier d = TestDossier.create();
        writer.send(Topics.DOSSIER_LIFECYCLE, d.code, d.received());
        writer.send(Topics.DOSSIER_LIFECYCLE, d.code, d.rescheduled("Cần xác minh thêm", NEW_DUE));
        assertThat(Mails.part(Mails.await(d.applicant().email(), d.code, 1).getFirst(), "text/plain"))
                .contains("Kính gửi: Ông/Bà Trần Thị Bình").doesNotContain("mã tra cứu");
    }

    private String storedPin(String sql, String key) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, key);
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        }
    }
}
