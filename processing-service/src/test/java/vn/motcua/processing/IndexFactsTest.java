package vn.motcua.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.events.FeeChannel;
import vn.motcua.events.FeePayment;
import vn.motcua.events.Topics;
import vn.motcua.events.lifecycle.FeesPaid;
import vn.motcua.events.lifecycle.ProcessingCompleted;
import vn.motcua.events.lifecycle.ServiceRated;
import vn.motcua.support.time.VnTime;
import vn.motcua.testkit.ReceivedEvent;
import vn.motcua.testkit.TopicProbe;

/**
 * Decision 766's facts of processing (issue 16): the fee payment's amount, channel and time on FeesPaid, the result's
 * digitisation on ProcessingCompleted, and each citizen's rating as one ServiceRated.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "processing"))
class IndexFactsTest {
    private static final String FEES_PAID = "vn.motcua.dossier.fees-paid.v1";
    private static final String COMPLETED = "vn.motcua.dossier.processing-completed.v1";
    private static final String RATED = "vn.motcua.dossier.service-rated.v1";

    private static TopicProbe probe() {
        return TopicProbe.of(DevstackTestResource.kafkaBootstrapServers(), Topics.DOSSIER_LIFECYCLE);
    }

    @Test
    void thePaymentAndTheResultsDigitisationReachTheirEvents() {
        String code = Fixtures.receiveNew();
        Fixtures.drive(code, List.of("assign", "fee-requests"));
        OffsetDateTime paidAt = OffsetDateTime.now(VnTime.ZONE).minusMinutes(30).withSecond(7).withNano(0);
        Fixtures.act(code, "fee-payments", Map.of("amount", 250_000, "channel", "ONLINE", "paidAt", paidAt.toString()))
                .statusCode(200).body("feePayment.amount", equalTo(250_000)).body("feePayment.channel", equalTo("ONLINE"))
                .body("feePayment.paidAt", equalTo(paidAt.toString()))
                .body("history[-1].note", equalTo("250.000 đồng (ONLINE)"));
        Fixtures.act(code, "complete", Map.of("resultReference", "GCN-2025-1", "resultDigitised", true,
                "resultReusedFromPortal", true)).statusCode(200)
                .body("resultDigitised", equalTo(true)).body("resultReusedFromPortal", equalTo(true));
        // a second dossier: a payment without its details, and a completion that says nothing of digitisation
        String plain = Fixtures.receiveNew();
        Fixtures.drive(plain, List.of("assign", "fee-requests", "fee-payments", "complete"));
        Fixtures.view(plain).statusCode(200).body("feePayment", nullValue()).body("resultDigitised", nullValue());
        // paidAt defaults to the action's time
        String byDefault = Fixtures.receiveNew();
        Fixtures.drive(byDefault, List.of("assign", "fee-requests"));
        String at = Fixtures.act(byDefault, "fee-payments", Map.of("amount", 0, "channel", "OFFLINE")).statusCode(200)
                .extract().path("history[-1].occurredAt");
        Fixtures.view(byDefault).body("feePayment.paidAt", equalTo(at));

        try (TopicProbe probe = probe()) {
            FeesPaid paid = probe.awaitOne(TopicProbe.keyAndType(code, FEES_PAID), Duration.ofSeconds(30))
                    .payloadAs(FeesPaid.class);
            assertThat(paid.payment()).isEqualTo(new FeePayment(250_000, FeeChannel.ONLINE, paidAt.toInstant()));
            ProcessingCompleted completed = probe.awaitOne(TopicProbe.keyAndType(code, COMPLETED),
                    Duration.ofSeconds(30)).payloadAs(ProcessingCompleted.class);
            assertThat(completed.resultDigitised()).isTrue();
            assertThat(completed.resultReusedFromPortal()).isTrue();
            assertThat(probe.awaitOne(TopicProbe.keyAndType(plain, FEES_PAID), Duration.ofSeconds(30))
                    .payloadAs(FeesPaid.class).payment()).isNull();
            ProcessingCompleted silent = probe.awaitOne(TopicProbe.keyAndType(plain, COMPLETED), Duration.ofSeconds(30))
                    .payloadAs(ProcessingCompleted.class);
            assertThat(silent.resultDigitised()).isNull();
            assertThat(silent.resultReusedFromPortal()).isNull();
            assertThat(probe.awaitOne(TopicProbe.keyAndType(byDefault, FEES_PAID), Duration.ofSeconds(30))
                    .payloadAs(FeesPaid.class).payment())
                    .isEqualTo(new FeePayment(0, FeeChannel.OFFLINE, OffsetDateTime.parse(at).toInstant()));
        }
    }

    @Test
    void badPaymentAndResultFactsAre400NamingTheFieldAndChangeNothing() {
        String code = Fixtures.receiveNew();
        Fixtures.drive(code, List.of("assign", "fee-requests"));
        String future = OffsetDateTime.now(VnTime.ZONE).plusHours(1).toString();
        Map<Map<String, Object>, String> payments = new LinkedHashMap<>();
        payments.put(Map.of("amount", -1, "channel", "OFFLINE"), "amount");
        payments.put(Map.of("amount", 1000), "channel");
        payments.put(Map.of("channel", "ONLINE"), "amount");
        payments.put(Map.of("amount", 1000, "channel", "CASH"), "channel");
        payments.put(Map.of("amount", "much", "channel", "ONLINE"), "amount");
        payments.put(Map.of("amount", 1000, "channel", "ONLINE", "paidAt", future), "paidAt");
        payments.put(Map.of("paidAt", OffsetDateTime.now(VnTime.ZONE).minusHours(1).toString()), "amount");
        payments.forEach((body, field) -> Fixtures.act(code, "fee-payments", body).statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo(field)));
        Fixtures.view(code).statusCode(200).body("status.name", equalTo("AWAITING_FEES"))
                .body("feePayment", nullValue());

        Fixtures.drive(code, List.of("fee-payments"));
        Map<String, Object> reusedOnly = new HashMap<>(Fixtures.body("complete"));
        reusedOnly.put("resultReusedFromPortal", true);
        Map<String, Object> notDigital = new HashMap<>(reusedOnly);
        notDigital.put("resultDigitised", false);
        Map<String, Object> notBoolean = new HashMap<>(Fixtures.body("complete"));
        notBoolean.put("resultDigitised", "yes");
        Map.of(reusedOnly, "resultReusedFromPortal", notDigital, "resultReusedFromPortal", notBoolean, "resultDigitised")
                .forEach((body, field) -> Fixtures.act(code, "complete", body).statusCode(400)
                        .contentType("application/problem+json").body("errors[0].field", equalTo(field)));
        Fixtures.view(code).statusCode(200).body("status.name", equalTo("IN_PROGRESS"))
                .body("resultReference", nullValue());

        try (TopicProbe probe = probe()) {
            List<ReceivedEvent> events = probe.settle(TopicProbe.key(code), Duration.ofSeconds(2));
            assertThat(events).extracting(ReceivedEvent::ceType).filteredOn(COMPLETED::equals).isEmpty();
            assertThat(events).extracting(ReceivedEvent::ceType).filteredOn(FEES_PAID::equals).hasSize(1);
        }
    }

    @Test
    void aRatingIsAnnouncedOnceWithItsScoresOnly() {
        String code = Fixtures.receiveNewWithPin(RatingTest.PIN);
        Fixtures.drive(code, RatingTest.TO_RETURNED);
        RatingTest.rate(code, Map.of("pin", RatingTest.PIN, "scores", RatingTest.scores(5, 4, 3, 5, 2),
                "comment", "Cán bộ Nguyễn Văn A nhiệt tình, số điện thoại 0912345678")).then().statusCode(201);
        RatingTest.rate(code, Map.of("pin", RatingTest.PIN, "scores", RatingTest.scores(1, 1, 1, 1, 1)))
                .then().statusCode(409);

        try (TopicProbe probe = probe()) {
            ReceivedEvent event = probe.awaitOne(TopicProbe.keyAndType(code, RATED), Duration.ofSeconds(30));
            ServiceRated rated = event.payloadAs(ServiceRated.class);
            assertThat(rated.scores()).isEqualTo(Map.of("ACCESS", 5, "PROCEDURE", 4, "OFFICER", 3, "RESULT", 5,
                    "FEEDBACK", 2));
            assertThat(rated.actor()).isEqualTo("citizen");
            assertThat(rated.statusAfter()).isNull();
            assertThat(event.json())
                    .doesNotContain("nhiệt tình").doesNotContain("0912345678").doesNotContain(RatingTest.PIN);
            assertThat(probe.settle(TopicProbe.keyAndType(code, RATED), Duration.ofSeconds(2))).hasSize(1);
        }
    }
}
