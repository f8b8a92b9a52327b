package vn.motcua.sla;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.function.Predicate;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.events.Topics;
import vn.motcua.testkit.EventWriter;

/** Test access to the running service: events in through Kafka, deadlines out through REST. */
final class Sla {
    static final Duration WAIT = Duration.ofSeconds(20);
    static final EventWriter WRITER = new EventWriter(DevstackTestResource.kafkaBootstrapServers());

    private Sla() {
    }

    static String admin() {
        return DevstackTestResource.token("admin", "000.00.00.G01");
    }

    static void send(String code, Object event) {
        WRITER.send(Topics.DOSSIER_LIFECYCLE, code, event);
    }

    /** Sends the receipt and waits until the service knows the dossier. */
    static String receive(Receipt receipt) {
        send(receipt.code(), receipt.build());
        awaitDeadline(receipt.code(), j -> j.getString("dossierCode") != null);
        return receipt.code();
    }

    static JsonPath deadline(String code) {
        return given().auth().oauth2(admin()).get("/api/v1/deadlines/" + code)
                .then().statusCode(200).extract().jsonPath();
    }

    static JsonPath awaitDeadline(String code, Predicate<JsonPath> done) {
        return Awaits.until(() -> deadline(code), done, WAIT);
    }
}
