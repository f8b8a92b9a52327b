package vn.motcua.intake;

import vn.motcua.testkit.CapturedLog;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.events.Topics;
import vn.motcua.events.lifecycle.DossierReceived;
import vn.motcua.testkit.TopicProbe;

/**
 * The lookup PIN (issue 20): a fresh random one per receipt, handed to the clerk and printed on the receiving
 * counter's slip, carried by DossierReceived, shown nowhere else and never logged.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "intake"))
class LookupPinTest {
    private static final String SHAPE = "[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}";

    @Test
    void eachReceiptGetsItsOwnPinOnTheAnswerTheSlipAndTheEventButNowhereElse() {
        String agency = TestData.createAgency(TestData.ROOT);
        String procedure = TestData.createProcedure(agency, 3, "WORKING_DAYS");
        Response first;
        Response second;
        try (CapturedLog log = CapturedLog.start()) {
            first = receive(agency, procedure);
            second = receive(agency, procedure);
            String pin = first.path("lookupPin");
            assertThat(pin).matches(SHAPE);
            assertThat(second.<String>path("lookupPin")).matches(SHAPE).isNotEqualTo(pin);
            // the slip inside the answer does not repeat it: the clerk's answer shows it once, at the top
            assertThat(first.<String>path("receipt.lookupPin")).isNull();
            String code = first.path("dossierCode");

            try (TopicProbe probe = TopicProbe.of(DevstackTestResource.kafkaBootstrapServers(), Topics.DOSSIER_LIFECYCLE)) {
                DossierReceived event = probe.awaitOne(TopicProbe.keyAndType(code, "vn.motcua.dossier.received.v1"),
                        Duration.ofSeconds(30)).payloadAs(DossierReceived.class);
                assertThat(event.lookupPin()).isEqualTo(pin);
            }

            String counterSlip = TestData.as("clerk", agency).accept("text/html")
                    .get("/api/v1/dossiers/" + code + "/receipt").then().statusCode(200).extract().asString();
            assertThat(counterSlip).contains("Mã tra cứu: <strong class=\"pin\">" + pin + "</strong>",
                    "nhập mã\nhồ sơ và mã tra cứu");
            // anyone but the receiving counter, and every JSON read, goes without it
            assertThat(TestData.as("officer", agency).accept("text/html").get("/api/v1/dossiers/" + code + "/receipt")
                    .then().statusCode(200).extract().asString()).doesNotContain(pin, "Mã tra cứu");
            assertThat(TestData.admin().accept("text/html").get("/api/v1/dossiers/" + code)
                    .then().statusCode(200).extract().asString()).doesNotContain(pin);
            assertThat(TestData.as("clerk", agency).get("/api/v1/dossiers/" + code).then().statusCode(200)
                    .body("receipt.lookupPin", nullValue()).extract().asString()).doesNotContain(pin);
            assertThat(TestData.as("clerk", agency).get("/api/v1/dossiers/" + code + "/receipt").then().statusCode(200)
                    .body("lookupPin", nullValue()).extract().asString()).doesNotContain(pin);

            org.jboss.logging.Logger.getLogger(LookupPinTest.class).info("capture works");
            assertThat(log.lines()).as("log lines").anyMatch(line -> line.contains("capture works"))
                    .noneMatch(line -> line.contains(pin));
        }
    }

    @Test
    void aRetryUnderTheSameIdempotencyKeyAnswersTheSamePin() {
        String agency = TestData.createAgency(TestData.ROOT);
        String procedure = TestData.createProcedure(agency, 3, "WORKING_DAYS");
        String key = UUID.randomUUID().toString();
        String pin = TestData.as("clerk", agency).header("Idempotency-Key", key).body(TestData.dossier(procedure, agency))
                .post("/api/v1/dossiers").then().statusCode(201).extract().path("lookupPin");
        TestData.as("clerk", agency).header("Idempotency-Key", key).body(TestData.dossier(procedure, agency))
                .post("/api/v1/dossiers").then().statusCode(201).body("lookupPin", matchesPattern(pin));
    }

    private static Response receive(String agency, String procedure) {
        return TestData.as("clerk", agency).body(TestData.dossier(procedure, agency)).post("/api/v1/dossiers")
                .then().statusCode(201).extract().response();
    }
}
