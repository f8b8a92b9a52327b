package vn.motcua.portalsync;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.events.lifecycle.DossierLifecycleEvent;
import vn.motcua.portalsync.persistence.SyncChangeRepository;
import vn.motcua.portalsync.support.Portal;
import vn.motcua.portalsync.support.PortalStubResource;
import vn.motcua.portalsync.support.TestDossier;
import vn.motcua.testkit.EventWriter;
import vn.motcua.testkit.Polling;

/** Lifecycle events on the real topic reach the portal stub once each, in order, through outages and redeliveries. */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "portalsync"))
@QuarkusTestResource(PortalStubResource.class)
class PortalSyncTest {
    private static final String TOPIC = "dossier.lifecycle.v1";
    private static final EventWriter WRITER = new EventWriter(DevstackTestResource.kafkaBootstrapServers());
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    SyncChangeRepository changes;

    @AfterEach
    void portalUp() {
        Portal.up();
    }

    @AfterAll
    static void close() {
        WRITER.close();
    }

    @Test
    void everyChangeReachesThePortalOnceAndInOrder() {
        TestDossier dossier = TestDossier.create();
        dossier.wholeLife().forEach(e -> WRITER.send(TOPIC, dossier.code, e));

        awaitReceived(dossier, 10);

        assertThat(Portal.keysFor(dossier.code)).containsExactlyElementsOf(keys(dossier, 10));
        assertThat(Portal.receivedFor(dossier.code)).extracting(r -> r.get("TrangThaiHoSo"))
                .containsExactly(2, 4, 5, 4, 4, 6, 4, 4, 9, 10);
        awaitStatus(dossier, 100.0f).body("total.received", equalTo(10)).body("total.acknowledged", equalTo(10))
                .body("total.pending", equalTo(0)).body("total.lagSeconds", equalTo(0))
                .body("agencies", hasSize(1)).body("agencies[0].agency", equalTo(dossier.agency));
        asOperator(dossier).get("/api/v1/portal-sync/dossiers/{code}/changes", dossier.code).then().statusCode(200)
                .body("seq", equalTo(IntStream.rangeClosed(1, 10).boxed().toList()))
                .body("event[0]", equalTo("DossierReceived")).body("event[9]", equalTo("ResultReturned"))
                .body("findAll { it.acknowledgedAt == null }", hasSize(0));
    }

    @Test
    void aRedeliveredEventIsSentOnce() {
        TestDossier dossier = TestDossier.create();
        UUID receipt = UUID.randomUUID();
        List<DossierLifecycleEvent> life = dossier.wholeLife();
        WRITER.send(TOPIC, dossier.code, life.get(0), receipt);
        WRITER.send(TOPIC, dossier.code, life.get(0), receipt);
        WRITER.send(TOPIC, dossier.code, life.get(1));

        awaitReceived(dossier, 2);
        WRITER.send(TOPIC, dossier.code, life.get(0), receipt);
        WRITER.send(TOPIC, dossier.code, life.get(2));
        awaitReceived(dossier, 3);

        assertThat(Portal.keysFor(dossier.code)).containsExactlyElementsOf(keys(dossier, 3));
        asOperator(dossier).get("/api/v1/portal-sync/dossiers/{code}/changes", dossier.code).then().statusCode(200)
                .body("event", equalTo(List.of("DossierReceived", "ProcessingStarted", "SupplementRequested")));
    }

    @Test
    void aPortalOutageIsRiddenOutWithBackoffAndTheOrderKept() {
        TestDossier dossier = TestDossier.create();
        Portal.down();
        dossier.wholeLife().subList(0, 4).forEach(e -> WRITER.send(TOPIC, dossier.code, e));

        // retried while down, with a growing wait; nothing after the first change is tried
        Polling.until(() -> changesOf(dossier).getInt("[0].attempts"), n -> n >= 3, WAIT);
        JsonPath during = changesOf(dossier);
        assertThat(during.getList("attempts", Integer.class).subList(1, 4)).containsOnly(0);
        assertThat(during.getString("[0].lastError")).contains("HTTP 503");
        Polling.until(() -> status(dossier).getInt("total.lagSeconds"), s -> s >= 1, WAIT);
        JsonPath waiting = status(dossier);
        assertThat(waiting.getInt("total.pending")).isEqualTo(4);
        assertThat(waiting.getFloat("total.syncRate")).isEqualTo(0.0f);
        assertThat(waiting.getString("total.lastError")).contains("503");
        assertThat(Portal.receivedFor(dossier.code)).isEmpty();

        Portal.up();
        awaitReceived(dossier, 4);
        assertThat(Portal.keysFor(dossier.code)).containsExactlyElementsOf(keys(dossier, 4));
        awaitStatus(dossier, 100.0f).body("total.lagSeconds", equalTo(0));
    }

    @Test
    void thePortalsDuplicateAnswerCountsAsDelivered() {
        TestDossier dossier = TestDossier.create();
        dossier.wholeLife().subList(0, 2).forEach(e -> WRITER.send(TOPIC, dossier.code, e));
        awaitReceived(dossier, 2);
        int duplicatesBefore = Portal.state().getInt("duplicates");

        // the portal's answer to the second change was lost (the sender crashed): once its lease is over, it is sent again
        QuarkusTransaction.requiringNew().run(() -> changes.update(
                "acknowledgedAt = null, nextAttemptAt = ?2 where dossierCode = ?1 and seq = 2", dossier.code, Instant.now()));

        Polling.until(() -> changesOf(dossier).getBoolean("[1].duplicate"), d -> d, WAIT);
        assertThat(Portal.state().getInt("duplicates")).isEqualTo(duplicatesBefore + 1);
        assertThat(Portal.keysFor(dossier.code)).containsExactlyElementsOf(keys(dossier, 2));
        awaitStatus(dossier, 100.0f);
    }

    @Test
    void theStatusPageShowsTheSameFiguresInVietnamese() {
        TestDossier dossier = TestDossier.create();
        WRITER.send(TOPIC, dossier.code, dossier.received());
        awaitReceived(dossier, 1);
        awaitStatus(dossier, 100.0f);

        asOperator(dossier).accept("text/html").queryParam("agency", dossier.agency)
                .get("/api/v1/portal-sync/status/page").then().statusCode(200)
                .body(containsString("Tỷ lệ đồng bộ")).body(containsString("100,0%"))
                .body(containsString(dossier.agency));
    }

    @Test
    void aBadAgencyIsRefusedNamingTheParameter() {
        given().auth().oauth2(DevstackTestResource.token("admin", TestDossier.PROVINCE)).queryParam("agency", "H56; drop")
                .get("/api/v1/portal-sync/status").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("agency"));
        given().auth().oauth2(DevstackTestResource.token("admin", TestDossier.PROVINCE))
                .get("/api/v1/portal-sync/dossiers/{code}/changes", "not a code").then().statusCode(400)
                .body("errors[0].field", equalTo("code"));
    }

    @Test
    void anotherAgencySeesNothingOfTheDossier() {
        TestDossier dossier = TestDossier.create();
        TestDossier other = TestDossier.create();
        WRITER.send(TOPIC, dossier.code, dossier.received());
        awaitReceived(dossier, 1);

        asOperator(other).get("/api/v1/portal-sync/dossiers/{code}/changes", dossier.code).then().statusCode(404);
        asOperator(other).queryParam("agency", dossier.agency).get("/api/v1/portal-sync/status").then().statusCode(200)
                .body("agencies", hasSize(0)).body("total.received", equalTo(0));
    }

    private static List<String> keys(TestDossier dossier, int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> dossier.code + "-" + i).toList();
    }

    private static void awaitReceived(TestDossier dossier, int n) {
        Polling.until(() -> Portal.receivedFor(dossier.code).size(), size -> size >= n, WAIT);
    }

    private static io.restassured.response.ValidatableResponse awaitStatus(TestDossier dossier, float rate) {
        Polling.until(() -> status(dossier).get("total.syncRate"), r -> Float.valueOf(rate).equals(r), WAIT);
        return asOperator(dossier).queryParam("agency", dossier.agency).get("/api/v1/portal-sync/status").then()
                .statusCode(200).body("agency", equalTo(dossier.agency));
    }

    private static JsonPath status(TestDossier dossier) {
        return asOperator(dossier).queryParam("agency", dossier.agency).get("/api/v1/portal-sync/status").then()
                .statusCode(200).extract().jsonPath();
    }

    private static JsonPath changesOf(TestDossier dossier) {
        return asOperator(dossier).get("/api/v1/portal-sync/dossiers/{code}/changes", dossier.code).then()
                .statusCode(200).extract().jsonPath();
    }

    private static io.restassured.specification.RequestSpecification asOperator(TestDossier dossier) {
        return given().auth().oauth2(DevstackTestResource.token("operator", dossier.agency));
    }

}
