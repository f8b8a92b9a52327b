package vn.motcua.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** What a counter, an officer, an operator and a citizen do, through the services' REST APIs only. */
final class Api {
    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String ADMIN_AGENCY = "000.00.00.H56";

    private final Platform platform;

    Api(Platform platform) {
        this.platform = platform;
    }

    /** Receives a dossier at the counter; returns the 201 body. */
    JsonPath receive(String agency, String procedure, Instant receivedAt, String phone, String email) {
        return receive(RestAssuredConfig.config(), platform.url("intake"), agency, procedure, receivedAt, phone, email);
    }

    /** Receives a dossier at one intake instance; returns the dossier code. */
    String receiveAt(RestAssuredConfig config, String intakeUrl, String agency, String procedure, Instant receivedAt,
            String phone, String email) {
        return receive(config, intakeUrl, agency, procedure, receivedAt, phone, email).getString("dossierCode");
    }

    private JsonPath receive(RestAssuredConfig config, String intakeUrl, String agency, String procedure, Instant receivedAt, String phone,
            String email) {
        Map<String, Object> applicant = new LinkedHashMap<>();
        applicant.put("fullName", "Nguyễn Thị Hồng Nhung");
        applicant.put("idNumber", "075" + "3" + "99" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000)));
        applicant.put("phone", phone);
        applicant.put("email", email);
        applicant.put("address", "Khu phố 2, phường Đồng Xoài, tỉnh Đồng Nai");
        applicant.put("preferredChannel", "EMAIL");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("procedureCode", procedure);
        body.put("receivingAgencyCode", agency);
        body.put("channel", "IN_PERSON");
        if (receivedAt != null) {
            body.put("receivedAt", receivedAt.atZone(VN).toOffsetDateTime().toString());
        }
        body.put("applicant", applicant);
        body.put("documents", List.of(
                Map.of("name", "Tờ khai đăng ký kết hôn", "original", true, "quantity", 1),
                Map.of("name", "Giấy xác nhận tình trạng hôn nhân", "original", true, "quantity", 1)));
        Response response = given().config(config).baseUri(intakeUrl)
                .auth().oauth2(platform.token("clerk", agency))
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/dossiers");
        if (response.statusCode() != 201) {
            throw new AssertionError("receipt refused: " + response.statusCode() + " " + response.asString());
        }
        return response.jsonPath();
    }

    /** An officer's action on processing-service; returns the 200 body. */
    JsonPath act(String agency, String code, String action, Map<String, Object> body) {
        awaitKnownToProcessing(agency, code);
        Response response = given().baseUri(platform.url("processing"))
                .auth().oauth2(platform.token("leader", agency))
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/dossiers/" + code + "/" + action);
        if (response.statusCode() != 200) {
            throw new AssertionError(action + " refused: " + response.statusCode() + " " + response.asString());
        }
        return response.jsonPath();
    }

    /** Receipt and processing are eventually consistent: wait until processing consumed the receipt. */
    void awaitKnownToProcessing(String agency, String code) {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            int status = given().baseUri(platform.url("processing"))
                    .auth().oauth2(platform.token("leader", agency))
                    .when().get("/api/v1/dossiers/" + code).statusCode();
            if (status == 200) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("processing-service never received " + code);
    }

    JsonPath stats(String agency, String procedure, LocalDate from, LocalDate to) {
        return given().baseUri(platform.url("sla"))
                .auth().oauth2(platform.token("operator", agency))
                .queryParam("agency", agency).queryParam("procedure", procedure)
                .queryParam("from", from.toString()).queryParam("to", to.toString())
                .queryParam("groupBy", "procedure")
                .when().get("/api/v1/stats")
                .then().statusCode(200).extract().jsonPath();
    }

    /** The citizen's public lookup with the PIN the receipt answer gave the clerk (printed on the slip). */
    Response lookup(String code, String pin) {
        return given().baseUri(platform.url("processing"))
                .queryParam("pin", pin)
                .when().get("/public/v1/dossiers/" + code);
    }

    JsonPath deadline(String agency, String code) {
        return given().baseUri(platform.url("sla"))
                .auth().oauth2(platform.token("operator", agency))
                .when().get("/api/v1/deadlines/" + code)
                .then().statusCode(200).extract().jsonPath();
    }

    /** The platform's business time (all clocks move together). */
    Instant now() {
        String now = given().baseUri(platform.url("intake"))
                .auth().oauth2(platform.token("admin", ADMIN_AGENCY))
                .when().get("/api/v1/admin/clock").then().statusCode(200).extract().path("now");
        return OffsetDateTime.parse(now).toInstant();
    }

    /** Moves every service's clock to {@code target}, as if the platform had waited until then. */
    void moveClocksTo(Instant target) {
        // one offset from the real time for all: "target" set service by service would put each later service behind
        // the earlier ones by the calls between (a receipt at intake's time then came after processing's next action)
        Duration offset = Duration.between(Instant.now(), target);
        for (String service : Platform.SERVICES) {
            given().baseUri(platform.url(service))
                    .auth().oauth2(platform.token("admin", ADMIN_AGENCY))
                    .contentType(ContentType.JSON)
                    .body(Map.of("setTo", Instant.now().plus(offset).atZone(VN).toOffsetDateTime().toString()))
                    .when().post("/api/v1/admin/clock").then().statusCode(200);
        }
    }

    /** Every service back on the real time (a restarted service is on it anyway: its moved clock is not kept). */
    void resetClocks() {
        for (String service : Platform.SERVICES) {
            given().baseUri(platform.url(service))
                    .auth().oauth2(platform.token("admin", ADMIN_AGENCY))
                    .contentType(ContentType.JSON).body(Map.of("reset", true))
                    .when().post("/api/v1/admin/clock").then().statusCode(200);
        }
    }

    static String uniquePhone() {
        return "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
