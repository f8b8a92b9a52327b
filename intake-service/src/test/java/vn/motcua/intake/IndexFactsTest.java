package vn.motcua.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.events.FeeChannel;
import vn.motcua.events.FeePayment;
import vn.motcua.events.IndexFacts;
import vn.motcua.events.OnlineLevel;
import vn.motcua.events.Topics;
import vn.motcua.events.lifecycle.DossierReceived;
import vn.motcua.support.time.VnTime;
import vn.motcua.testkit.TopicProbe;

/**
 * Decision 766's facts of a receipt (issue 16): a procedure version's online level and publication date, the
 * documents' digitisation and the fee paid at the counter, kept with the dossier and carried on DossierReceived.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "intake"))
class IndexFactsTest {

    private static Map<String, Object> procedure(String code, String agency) {
        return TestData.procedure(code, agency, 5, "WORKING_DAYS", List.of(TestData.document("Tờ khai", true, 1)));
    }

    /** A procedure created with this online level and publication date, effective from 1 January 2025. */
    private static String createProcedure(String agency, String onlineLevel, String publishedOn) {
        String code = TestData.uniqueProcedureCode();
        Map<String, Object> body = procedure(code, agency);
        body.put("onlineLevel", onlineLevel);
        body.put("publishedOn", publishedOn);
        TestData.admin().body(body).post("/api/v1/procedures").then().statusCode(201)
                .body("onlineLevel", equalTo(onlineLevel)).body("publishedOn", equalTo(publishedOn));
        return code;
    }

    private static Map<String, Object> document(String name, boolean digitised, boolean reused) {
        Map<String, Object> document = TestData.document(name, false, 1);
        document.put("digitised", digitised);
        document.put("reusedFromPortal", reused);
        return document;
    }

    @Test
    void aProcedureKeepsItsOnlineLevelAndPublicationDatePerVersion() {
        String agency = TestData.createAgency(TestData.ROOT);
        String code = createProcedure(agency, "PARTIAL", "2024-12-20");
        Map<String, Object> v2 = procedure(code, agency);
        v2.put("effectiveFrom", "2025-03-01T00:00:00+07:00");
        TestData.admin().body(v2).put("/api/v1/procedures/" + code).then().statusCode(200)
                .body("version", equalTo(2)).body("onlineLevel", equalTo("NONE")).body("publishedOn", nullValue());
        TestData.as("officer", agency).get("/api/v1/procedures/" + code + "/versions").then().statusCode(200)
                .body("find { it.version == 1 }.onlineLevel", equalTo("PARTIAL"))
                .body("find { it.version == 1 }.publishedOn", equalTo("2024-12-20"))
                .body("find { it.version == 2 }.onlineLevel", equalTo("NONE"));
    }

    @Test
    void aReceiptCarriesTheDocumentsDigitisationAndTheFeeOnItsEvent() {
        String agency = TestData.createAgency(TestData.ROOT);
        String code = createProcedure(agency, "FULL", "2025-01-05");

        Map<String, Object> dossier = TestData.dossier(code, agency);
        dossier.put("documents", new ArrayList<>(List.of(document("Tờ khai", true, false),
                document("Căn cước", true, true), document("Giấy chứng sinh", false, false))));
        OffsetDateTime paidAt = OffsetDateTime.now(VnTime.ZONE).minusMinutes(5).withSecond(7).withNano(0);
        dossier.put("fee", Map.of("amount", 100_000, "channel", "OFFLINE", "paidAt", paidAt.toString()));
        String dossierCode = TestData.as("clerk", agency).body(dossier).post("/api/v1/dossiers").then().statusCode(201)
                .extract().path("dossierCode");

        IndexFacts expected = new IndexFacts(OnlineLevel.FULL, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 5), 3, 2,
                1, new FeePayment(100_000, FeeChannel.OFFLINE, paidAt.toInstant()));
        try (TopicProbe probe = TopicProbe.of(DevstackTestResource.kafkaBootstrapServers(), Topics.DOSSIER_LIFECYCLE)) {
            DossierReceived event = probe.awaitOne(TopicProbe.keyAndType(dossierCode, "vn.motcua.dossier.received.v1"),
                    Duration.ofSeconds(30)).payloadAs(DossierReceived.class);
            assertThat(event.indexFacts()).isEqualTo(expected);
        }
        TestData.as("officer", agency).get("/api/v1/dossiers/" + dossierCode).then().statusCode(200)
                .body("indexFacts.onlineLevel", equalTo("FULL"))
                .body("indexFacts.effectiveFrom", equalTo("2025-01-01"))
                .body("indexFacts.documentsDigitised", equalTo(2))
                .body("indexFacts.documentsReusedFromPortal", equalTo(1))
                .body("indexFacts.fee.amount", equalTo(100_000))
                .body("indexFacts.fee.paidAt", equalTo(paidAt.toString()))
                .body("receipt.documents[1].reusedFromPortal", equalTo(true))
                .body("receipt.documents[2].digitised", equalTo(false));
    }

    @Test
    void badProcedureFactsAre400NamingTheFieldAndNothingIsWritten() {
        String agency = TestData.createAgency(TestData.ROOT);
        Map<String, Consumer<Map<String, Object>>> cases = new LinkedHashMap<>();
        cases.put("onlineLevel", b -> b.put("onlineLevel", "HALF"));
        cases.put("publishedOn", b -> b.put("publishedOn", LocalDate.now(VnTime.ZONE).plusDays(2).toString()));
        cases.forEach((field, change) -> {
            String code = TestData.uniqueProcedureCode();
            Map<String, Object> body = procedure(code, agency);
            change.accept(body);
            TestData.admin().body(body).post("/api/v1/procedures").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo(field));
            TestData.as("officer", agency).get("/api/v1/procedures/" + code).then().statusCode(404);
        });
        Map<String, Object> malformed = procedure(TestData.uniqueProcedureCode(), agency);
        malformed.put("publishedOn", "20/12/2024");
        TestData.admin().body(malformed).post("/api/v1/procedures").then().statusCode(400)
                .body("errors[0].field", equalTo("publishedOn"));
    }

    @Test
    void badDocumentAndFeeFactsAre400NamingTheFieldAndNothingIsWritten() {
        String agency = TestData.createAgency(TestData.ROOT);
        String procedure = TestData.createProcedure(agency, 3, "WORKING_DAYS");
        String future = OffsetDateTime.now(VnTime.ZONE).plusHours(2).toString();
        String past = OffsetDateTime.now(VnTime.ZONE).minusHours(1).toString();
        Map<String, Consumer<Map<String, Object>>> cases = new LinkedHashMap<>();
        cases.put("documents[1].reusedFromPortal", b -> b.put("documents",
                List.of(document("Tờ khai", true, false), document("Căn cước", false, true))));
        cases.put("documents[0].digitised", b -> b.put("documents", List.of(Map.of("name", "Tờ khai", "original", true,
                "quantity", 1, "digitised", "yes"))));
        cases.put("fee.amount", b -> b.put("fee", Map.of("amount", -1, "channel", "OFFLINE", "paidAt", past)));
        cases.put("fee.channel", b -> b.put("fee", Map.of("amount", 5000, "channel", "CASH", "paidAt", past)));
        cases.put("fee.paidAt", b -> b.put("fee", Map.of("amount", 5000, "channel", "ONLINE", "paidAt", future)));
        cases.forEach((field, change) -> {
            Map<String, Object> body = TestData.dossier(procedure, agency);
            change.accept(body);
            TestData.as("clerk", agency).body(body).post("/api/v1/dossiers").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo(field));
        });
        Map<String, Object> noTime = TestData.dossier(procedure, agency);
        noTime.put("fee", Map.of("amount", 5000, "channel", "ONLINE"));
        TestData.as("clerk", agency).body(noTime).post("/api/v1/dossiers").then().statusCode(400)
                .body("errors[0].field", equalTo("fee.paidAt"));

        try (TopicProbe probe = TopicProbe.of(DevstackTestResource.kafkaBootstrapServers(), Topics.DOSSIER_LIFECYCLE)) {
            assertThat(probe.settle(r -> r.key() != null && r.key().startsWith(agency + "-"), Duration.ofSeconds(3)))
                    .isEmpty();
        }
        // no sequence number was used up, and without documents' flags or a fee a receipt is as before
        TestData.as("clerk", agency).body(TestData.dossier(procedure, agency)).post("/api/v1/dossiers").then()
                .statusCode(201).body("dossierCode", endsWith("-0001"));
    }
}
