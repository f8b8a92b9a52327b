package vn.motcua.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.events.Contact;
import vn.motcua.events.ContactChannel;
import vn.motcua.events.Topics;
import vn.motcua.notification.support.Feed;
import vn.motcua.notification.support.Mails;
import vn.motcua.testkit.Polling;
import vn.motcua.notification.support.TestDossier;
import vn.motcua.support.messaging.EventConsumers;
import vn.motcua.testkit.CapturedLog;

/**
 * When the result is returned (status 10) the citizen (the authorised person when one was named) gets one result notice
 * inviting them to rate the service on the lookup page, with the dossier code and, in the e-mail only, the lookup PIN;
 * a redelivered ResultReturned sends nothing more.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
class ResultNoticeTest {
    private static final String PIN = "R7T2XK9P";

    @Inject
    EventConsumers consumers;

    Feed feed;

    @BeforeEach
    void open() {
        feed = new Feed(consumers);
    }

    @AfterEach
    void close() {
        feed.close();
    }

    @Test
    void theReturnedResultInvitesTheAuthorisedPersonToRateOnceEvenWhenTheEventIsRedelivered() {
        TestDossier d = TestDossier.create();
        Contact authorised = TestDossier.contact("Lê Văn Cường", "cuong." + d.code.hashCode() + "@dan.motcua.local",
                "0987654321", ContactChannel.EMAIL);
        d.authorisedPerson(authorised);
        MimeMessage mail;
        try (CapturedLog log = CapturedLog.start()) {
            feed.send(Topics.DOSSIER_LIFECYCLE, d.code, d.received().withLookupPin(PIN), d.started(), d.completed(),
                    d.returned());
            mail = Mails.await(authorised.email(), d.code, 1).getFirst();
            assertThat(log.lines()).as("log lines while issuing and sending").isNotEmpty()
                    .noneMatch(line -> line.contains(PIN) || line.contains(authorised.email())
                            || line.contains(authorised.phone()));
        }
        assertThat(Mails.subject(mail)).isEqualTo("Thông báo trả kết quả và mời đánh giá mức độ hài lòng - hồ sơ " + d.code);
        assertThat(Mails.part(mail, "text/plain")).contains("Kính gửi: Ông/Bà Lê Văn Cường",
                "kết quả đã được trả ngày 05/06/2025 09:30",
                "kính mời Ông/Bà đánh giá mức độ hài lòng",
                "trang Tra cứu hồ sơ (http://localhost:8082/tra-cuu): nhập mã hồ sơ " + d.code + " và mã tra cứu " + PIN,
                "Mỗi hồ sơ được đánh giá một lần");
        assertThat(Mails.part(mail, "text/html")).contains(PIN).doesNotContain("••••••••");
        assertThat(Mails.about(d.applicant().email(), d.code)).as("the applicant, who named an authorised person").isEmpty();

        feed.send(Topics.DOSSIER_LIFECYCLE, d.code, d.returned());
        String officer = DevstackTestResource.token("officer", d.agency, d.officer);
        Polling.until(() -> given().auth().oauth2(officer).accept("application/json").queryParam("dossier", d.code)
                .get("/api/v1/notices").then().statusCode(200).extract().<List<String>>path("status"),
                statuses -> statuses.equals(List.of("SENT")), Duration.ofSeconds(30));
        List<String> kinds = given().auth().oauth2(officer).accept("application/json").queryParam("dossier", d.code)
                .get("/api/v1/notices").then().statusCode(200).extract().path("kind");
        assertThat(kinds).containsExactly("RESULT_NOTICE");
        Polling.pause(3000);
        assertThat(Mails.about(authorised.email(), d.code)).as("after the redelivery").hasSize(1);
    }
}
