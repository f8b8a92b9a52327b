package vn.motcua.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.PortalStub;
import vn.motcua.testkit.Polling;

/**
 * A dossier's whole life through the packaged services reaches the National Public Service Portal (devstack's
 * stub) change by change, once each and in order, across an outage of the portal of 60 s; the sync rate is then 100%.
 */
class PortalSyncJourneyTest {
    static final String AGENCY = DossierJourneyTest.AGENCY;
    static final Duration WAIT = Duration.ofSeconds(90);
    static final Duration OUTAGE = Duration.ofSeconds(60);

    static Platform platform;
    static Api api;

    @BeforeAll
    static void start() {
        platform = Platform.get();
        api = new Api(platform);
    }

    @AfterEach
    void portalUp() {
        platform.portal().up();
    }

    @Test
    void everyChangeReachesThePortalOnceInOrderThroughAnOutage() throws InterruptedException {
        PortalStub portal = platform.portal();
        String phone = Api.uniquePhone();
        String code = api.receive(AGENCY, DossierJourneyTest.PROCEDURE, null, phone, "citizen." + phone + "@example.vn")
                .getString("dossierCode");
        api.act(AGENCY, code, "assign", Map.of("unitCode", AGENCY, "officer", DossierJourneyTest.OFFICER,
                "stepName", "Thẩm định hồ sơ"));
        api.act(AGENCY, code, "supplement-requests", Map.of("reason", "Thiếu giấy xác nhận tình trạng hôn nhân",
                "missingDocuments", List.of("Giấy xác nhận tình trạng hôn nhân")));
        await(() -> portal.receivedFor(code).size(), n -> n == 3);

        // the portal is down for a minute while the officers carry on
        portal.down();
        Instant downAt = Instant.now();
        api.act(AGENCY, code, "supplements", Map.of());
        api.act(AGENCY, code, "fee-requests", Map.of("description", "Lệ phí đăng ký kết hôn"));
        api.act(AGENCY, code, "fee-payments", Map.of());
        api.act(AGENCY, code, "complete", Map.of("resultReference", "GCN-KH-" + code));
        api.act(AGENCY, code, "return", Map.of("channel", "IN_PERSON"));
        await(() -> changes(code).size(), n -> n == 8);
        await(() -> status().getInt("total.lagSeconds"), lag -> lag >= 5);
        assertThat(status().getFloat("total.syncRate")).isLessThan(100.0f);
        assertThat(portal.receivedFor(code)).hasSize(3);
        Thread.sleep(Math.max(0, OUTAGE.toMillis() - Duration.between(downAt, Instant.now()).toMillis()));
        assertThat(portal.refusedWhileDown()).isPositive();
        assertThat(portal.receivedFor(code)).as("nothing gets through the outage").hasSize(3);
        portal.up();

        await(() -> portal.receivedFor(code).size(), n -> n >= 8);
        List<PortalStub.Received> received = portal.receivedFor(code);
        assertThat(received).extracting(PortalStub.Received::key)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 8).mapToObj(i -> code + "-" + i).toList());
        assertThat(received).extracting(PortalStub.Received::status).containsExactly(2, 4, 5, 4, 6, 4, 9, 10);
        assertThat(received.get(7).dossier().path("QuaTrinhXuLy")).hasSize(8);
        assertThat(received.get(0).dossier().path("MaTTHC").asText()).isEqualTo(DossierJourneyTest.PROCEDURE);
        assertThat(portal.rejected()).as("every request had the national shape").isEmpty();

        // every change of the agency's dossiers (this one and the other tests') is acknowledged
        await(() -> status().getFloat("total.syncRate"), rate -> rate == 100.0f);
        JsonPath after = status();
        assertThat(after.getLong("total.pending")).isZero();
        assertThat(after.getLong("total.lagSeconds")).isZero();
        assertThat(after.getLong("total.acknowledged")).isEqualTo(after.getLong("total.received")).isGreaterThanOrEqualTo(8);
    }

    private static JsonPath status() {
        return given().baseUri(platform.url(Platform.PORTAL_SYNC)).auth().oauth2(platform.token("operator", AGENCY))
                .queryParam("agency", AGENCY).get("/api/v1/portal-sync/status").then().statusCode(200)
                .extract().jsonPath();
    }

    private static List<Map<String, Object>> changes(String code) {
        var response = given().baseUri(platform.url(Platform.PORTAL_SYNC)).auth().oauth2(platform.token("operator", AGENCY))
                .get("/api/v1/portal-sync/dossiers/{code}/changes", code);
        return response.statusCode() == 200 ? response.jsonPath().getList("") : List.of();
    }

    private static <T> void await(Supplier<T> value, Predicate<T> done) {
        Polling.until(value, done, WAIT);
    }
}
