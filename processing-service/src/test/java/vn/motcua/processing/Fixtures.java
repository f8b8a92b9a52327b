package vn.motcua.processing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.events.AgencyLevel;
import vn.motcua.events.AgencyRef;
import vn.motcua.events.Channel;
import vn.motcua.events.Contact;
import vn.motcua.events.ContactChannel;
import vn.motcua.events.ProcessingTime;
import vn.motcua.events.ProcessingTimeUnit;
import vn.motcua.events.SupplementPolicy;
import vn.motcua.events.Topics;
import vn.motcua.events.lifecycle.DossierReceived;
import vn.motcua.testkit.EventWriter;

/** Test data and calls shared by the black-box tests: receipts fed through Kafka, then REST as officers. */
public final class Fixtures {
    public static final String PROVINCE = "000.00.00.H56";
    public static final String AGENCY = "000.00.12.H56";
    public static final String UNIT = "000.00.12.H56.01";
    public static final String OTHER_AGENCY = "000.00.13.H56";
    public static final String RECEIVING = "000.00.99.H56";
    public static final String OFFICER = "pham.van.an@stp.binhphuoc.gov.vn";
    public static final String APPLICANT_PHONE = "0912345678";
    public static final String APPLICANT_EMAIL = "binh.tran@example.vn";
    public static final String APPLICANT_NAME = "Trần Thị Bình";
    public static final String AUTHORISED_PHONE = "0987654321";

    private static final Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();
    private static EventWriter writer;

    private Fixtures() {
    }

    public static synchronized EventWriter writer() {
        if (writer == null) {
            writer = new EventWriter(DevstackTestResource.kafkaBootstrapServers());
        }
        return writer;
    }

    public static String newCode() {
        return RECEIVING + "-" + LocalDate.now().format(DateTimeFormatter.ofPattern("yyMMdd")) + "-"
                + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
    }

    /** A receipt two days ago with an appointment five days ahead. */
    public static DossierReceived received(String code) {
        Instant now = Instant.now();
        return received(code, now.minus(Duration.ofDays(2)), now.plus(Duration.ofDays(5)));
    }

    public static DossierReceived received(String code, Instant receivedAt, Instant dueAt) {
        return received(code, receivedAt, dueAt, new AgencyRef(AGENCY, "Sở Tư pháp tỉnh Bình Phước",
                AgencyLevel.PROVINCE, List.of(PROVINCE, AGENCY)));
    }

    /** A receipt two days ago, appointment five days ahead, decided by {@code deciding}. */
    public static DossierReceived received(String code, AgencyRef deciding) {
        Instant now = Instant.now();
        return received(code, now.minus(Duration.ofDays(2)), now.plus(Duration.ofDays(5)), deciding);
    }

    public static DossierReceived received(String code, Instant receivedAt, Instant dueAt, AgencyRef deciding) {
        AgencyRef receiving = new AgencyRef(RECEIVING, "Trung tâm Phục vụ hành chính công tỉnh", AgencyLevel.PROVINCE,
                List.of(PROVINCE, RECEIVING));
        return new DossierReceived(code, receivedAt, "clerk@" + RECEIVING, receivedAt.plusSeconds(60), "1.000948", 2,
                "Cấp phiếu lý lịch tư pháp", "G09", "Lý lịch tư pháp", deciding, receiving, Channel.IN_PERSON, dueAt,
                new ProcessingTime(10, ProcessingTimeUnit.WORKING_DAYS), SupplementPolicy.PAUSE, "vn-national",
                new Contact(APPLICANT_NAME, APPLICANT_PHONE, APPLICANT_EMAIL, "Thôn 3, xã Tân Tiến", ContactChannel.EMAIL),
                new Contact("Lê Văn Cường", AUTHORISED_PHONE, null, null, ContactChannel.SMS), false);
    }

    /** Feeds the receipt through the real topic and waits until the case exists. */
    public static String receive(DossierReceived event) {
        writer().send(Topics.DOSSIER_LIFECYCLE, event.dossierCode(), event);
        awaitDossier(event.dossierCode());
        return event.dossierCode();
    }

    /** Receives {@code count} new dossiers at once (one wait for all), e.g. for table-driven tests. */
    public static List<String> receiveNew(int count) {
        List<String> codes = java.util.stream.IntStream.range(0, count).mapToObj(i -> newCode()).toList();
        codes.forEach(code -> writer().send(Topics.DOSSIER_LIFECYCLE, code, received(code)));
        codes.forEach(Fixtures::awaitDossier);
        return codes;
    }

    /** Drives a received dossier through {@code actions} (each with its valid body), expecting 200 each time. */
    public static void drive(String code, List<String> actions) {
        for (String action : actions) {
            act(code, action, body(action)).statusCode(200);
        }
    }

    public static String receiveNew() {
        return receive(received(newCode()));
    }

    /** A dossier received with the lookup PIN its slip shows (issue 20); {@link #receiveNew()} is one from before. */
    public static String receiveNewWithPin(String pin) {
        return receive(received(newCode()).withLookupPin(pin));
    }

    public static void awaitDossier(String code) {
        await(Duration.ofSeconds(30), () -> as("admin", PROVINCE).get("/api/v1/dossiers/{code}", code)
                .statusCode() == 200);
    }

    public static RequestSpecification as(String role, String agency) {
        return given().auth().oauth2(token(role, agency, role + "." + agency + "@motcua.test"))
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static RequestSpecification officer() {
        return given().auth().oauth2(token("officer", AGENCY, OFFICER))
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** Minting reads the key files and signs: do it once per user, tokens live for hours. */
    private static String token(String role, String agency, String user) {
        return TOKENS.computeIfAbsent(role + " " + agency + " " + user,
                k -> DevstackTestResource.token(role, agency, user));
    }

    public static ValidatableResponse act(String code, String action, Map<String, ?> body) {
        return officer().body(body).post("/api/v1/dossiers/{code}/{action}", code, action).then();
    }

    /**
     * As a leader of the deciding agency: work dated more than 2 working days back needs one (issue 20), so tests
     * that set up a history in the past record it so.
     */
    public static ValidatableResponse actAsLeader(String code, String action, Map<String, ?> body) {
        return as("leader", AGENCY).body(body).post("/api/v1/dossiers/{code}/{action}", code, action).then();
    }

    public static ValidatableResponse view(String code) {
        return officer().get("/api/v1/dossiers/{code}", code).then();
    }

    /** A valid body for each action. */
    public static Map<String, Object> body(String action) {
        return switch (action) {
            case "assign" -> Map.of("unitCode", UNIT, "officer", OFFICER, "stepName", "Thẩm định hồ sơ");
            case "supplement-requests" -> Map.of("reason", "Thiếu giấy tờ", "missingDocuments", List.of("Bản sao CCCD"));
            case "fee-requests" -> Map.of("description", "Lệ phí 200.000 đồng");
            case "reschedule" -> Map.of("reason", "Cần xác minh thêm", "newDueAt",
                    Instant.now().plus(Duration.ofDays(9)).toString(), "signerTitle", "KT. Giám đốc");
            case "complete" -> Map.of("resultReference", "LLTP-2025-000123");
            case "return" -> Map.of("channel", "IN_PERSON");
            case "refuse", "withdraw", "stop" -> Map.of("reason", "Lý do " + action);
            default -> Map.of();
        };
    }

    public static void await(Duration timeout, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("condition not met within " + timeout);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
