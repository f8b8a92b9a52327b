package vn.motcua.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.events.Topics;
import vn.motcua.notification.application.delivery.NoticeDelivery;
import vn.motcua.notification.domain.Notice;
import vn.motcua.notification.domain.NoticeStatus;
import vn.motcua.notification.persistence.NoticeRepository;
import vn.motcua.notification.support.Mails;
import vn.motcua.testkit.Polling;
import vn.motcua.notification.support.TestDossier;
import vn.motcua.testkit.EventWriter;

/**
 * A crash between the steps of a delivery (the attempt committed as SENDING, the SMTP call, the result) is
 * resolved against the sent archive by the attempt's Message-ID: a letter the server had accepted is recorded as
 * sent and never sent again; one it had not is sent, once.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
class InterruptedDeliveryTest {
    static final Instant NEW_DUE = Instant.parse("2025-06-11T10:00:00Z");

    @Inject
    NoticeDelivery delivery;
    @Inject
    NoticeRepository notices;
    @Inject
    EntityManager em;
    @Inject
    Scheduler scheduler;

    EventWriter writer;

    @BeforeEach
    void holdTheWorker() {
        scheduler.pause("notice-delivery");
        scheduler.pause("notice-resolution");
        writer = new EventWriter(DevstackTestResource.kafkaBootstrapServers());
    }

    @AfterEach
    void releaseTheWorker() {
        writer.close();
        scheduler.resume("notice-delivery");
        scheduler.resume("notice-resolution");
    }

    @Test
    void aLetterAcceptedBeforeTheCrashIsRecordedSentAndNotSentAgain() {
        TestDossier d = apologyWaiting();
        NoticeDelivery.Attempt attempt = claim(d);
        // the SMTP server accepts the letter, then the service dies before recording it
        attempt.sender().send(attempt.notice());
        Mails.await(d.applicant().email(), d.code, 1);
        age(attempt);

        QuarkusTransaction.requiringNew().run(() -> delivery.resolveInterrupted());
        scheduler.resume("notice-delivery");

        Notice after = reload(attempt);
        assertThat(after.status).isEqualTo(NoticeStatus.SENT);
        assertThat(settled(d)).as("one letter, though the attempt was never recorded").hasSize(1);
        assertThat(resultsOf(attempt)).containsExactly("CONFIRMED");
    }

    @Test
    void aLetterCutOffBeforeTheServerAcceptedItIsSentOnce() {
        TestDossier d = apologyWaiting();
        NoticeDelivery.Attempt attempt = claim(d);
        // the service dies after committing SENDING and before the SMTP server accepted anything
        age(attempt);

        QuarkusTransaction.requiringNew().run(() -> delivery.resolveInterrupted());
        assertThat(reload(attempt).status).isEqualTo(NoticeStatus.PENDING);
        scheduler.resume("notice-delivery");

        Mails.await(d.applicant().email(), d.code, 1);
        Polling.until(() -> reload(attempt).status, s -> s == NoticeStatus.SENT, Duration.ofSeconds(20));
        assertThat(settled(d)).hasSize(1);
        assertThat(resultsOf(attempt)).containsExactly("INTERRUPTED", "SENT");
    }

    /** A dossier whose apology notice is committed and waiting for the (paused) worker. */
    private TestDossier apologyWaiting() {
        TestDossier d = TestDossier.create();
        writer.send(Topics.DOSSIER_LIFECYCLE, d.code, d.received());
        writer.send(Topics.DOSSIER_LIFECYCLE, d.code, d.rescheduled("Cần xác minh thêm", NEW_DUE));
        Polling.until(() -> QuarkusTransaction.requiringNew().call(() -> notices.listByDossier(d.code)), l -> !l.isEmpty(),
                Duration.ofSeconds(30));
        return d;
    }

    /** Step 1 of the worker for this dossier's notice (others may be waiting too: each is claimed and put back). */
    private NoticeDelivery.Attempt claim(TestDossier d) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            NoticeDelivery.Claim claim = delivery.claimNext();
            if (claim.attempt() != null) {
                if (claim.attempt().notice().dossierCode.equals(d.code)) {
                    return claim.attempt();
                }
                NoticeDelivery.Attempt other = claim.attempt();
                delivery.record(other, other.sender().send(other.notice()));
            }
        }
        throw new AssertionError("the notice of " + d.code + " was never claimed");
    }

    private void age(NoticeDelivery.Attempt attempt) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update notice set sending_since = sending_since - interval '1 hour' where id = :id")
                .setParameter("id", attempt.noticeId()).executeUpdate());
    }

    private Notice reload(NoticeDelivery.Attempt attempt) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Notice n = notices.findById(attempt.noticeId());
            em.detach(n);
            return n;
        });
    }

    @SuppressWarnings("unchecked")
    private List<String> resultsOf(NoticeDelivery.Attempt attempt) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "select result from delivery_attempt where notice_id = :id order by id")
                .setParameter("id", attempt.noticeId()).getResultList());
    }

    private static List<jakarta.mail.internet.MimeMessage> settled(TestDossier d) {
        Polling.pause(4000); // a second letter, if any, would arrive now
        return Mails.about(d.applicant().email(), d.code);
    }
}
