package vn.motcua.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Exactly one apology however notification-service dies: crashed (kill -9) while the deadline is
 * missed, started again, crashed again after sending, started again — the citizen still has one
 * letter, because notices are keyed by (dossier, episode, kind) and consumed events are idempotent.
 */
class NotificationRestartTest {

    @Test
    void crashesAndRestartsStillSendOneApology() {
        Platform platform = Platform.get();
        Api api = new Api(platform);
        Mailbox mail = new Mailbox(platform.devstack());
        String phone = Api.uniquePhone();
        String email = "restart." + phone + "@example.vn";

        platform.crash("notification");
        // entered 12 days late: the appointment has passed, so sla-service declares the miss at once
        JsonPath receipt = api.receive(DossierJourneyTest.AGENCY, DossierJourneyTest.PROCEDURE,
                api.now().minus(Duration.ofDays(12)), phone, email);
        String code = receipt.getString("dossierCode");
        awaitMissed(api, code);

        platform.restart("notification");
        List<MimeMessage> apologies = mail.await(email, 1, Duration.ofSeconds(90));
        assertThat(Mailbox.text(apologies.get(0))).contains(code);

        // Crash again once the delivery is recorded: between the SMTP answer and that commit a crash can
        // make the worker send again (SMTP has no idempotency key) — the one at-least-once window left.
        awaitApologyRecordedSent(platform, code);
        platform.crashAndRestart("notification");
        assertThat(mail.settle(email, Duration.ofSeconds(8))).as("one apology after two crashes").hasSize(1);
    }

    private static void awaitApologyRecordedSent(Platform platform, String code) {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            List<String> sent = given().baseUri(platform.url("notification"))
                    .auth().oauth2(platform.token("admin", Api.ADMIN_AGENCY))
                    .queryParam("dossier", code).when().get("/api/v1/notices")
                    .then().statusCode(200).extract().jsonPath().getList("findAll { it.kind == 'AUTO_APOLOGY' }.status");
            if (sent.contains("SENT")) {
                return;
            }
            sleepQuietly(200);
        }
        throw new AssertionError("the apology of " + code + " was never recorded as sent");
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitMissed(Api api, String code) {
        Instant deadline = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (api.deadline(DossierJourneyTest.AGENCY, code).getString("episodes[0].missedAt") != null) {
                    return;
                }
            } catch (AssertionError notYetKnown) {
                // sla-service has not consumed the receipt yet
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("sla-service never declared " + code + " missed");
    }
}
