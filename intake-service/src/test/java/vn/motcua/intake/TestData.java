package vn.motcua.intake;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.support.time.VnTime;

/** Builders for the tests' own reference data (fresh agencies and procedures with unique codes) and request bodies. */
final class TestData {
    static final String ROOT = "000.00.00.H56";

    private TestData() {
    }

    static RequestSpecification as(String role, String agency) {
        return bearer(token(role, agency));
    }

    static String token(String role, String agency) {
        return DevstackTestResource.token(role, agency, role + ".tester@motcua.local");
    }

    /** With a token minted beforehand: parallel requests need not mint one each. */
    static RequestSpecification bearer(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    static RequestSpecification admin() {
        return as("admin", ROOT);
    }

    /** A code of the QCVN 102 shape that no other test uses: family T with random groups. */
    static String uniqueAgencyCode() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return String.format("%03d.%02d.%02d.T%02d", r.nextInt(1000), r.nextInt(100), r.nextInt(100), r.nextInt(100));
    }

    static String uniqueProcedureCode() {
        return String.format("9.%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    }

    static Map<String, Object> agency(String code, String level, String parent) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", "Cơ quan thử nghiệm " + code);
        body.put("level", level);
        body.put("parentCode", parent);
        body.put("calendarId", "vn-national");
        return body;
    }

    static String createAgency(String parent) {
        String code = uniqueAgencyCode();
        admin().body(agency(code, parent == null ? "PROVINCE" : "COMMUNE", parent)).post("/api/v1/agencies")
                .then().statusCode(201);
        return code;
    }

    static Map<String, Object> procedure(String code, String decidingAgency, int amount, String unit,
            List<Map<String, Object>> documents) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", "Thủ tục thử nghiệm " + code);
        body.put("fieldCode", "TN");
        body.put("fieldName", "Thử nghiệm");
        body.put("decidingAgencyCode", decidingAgency);
        body.put("processingTime", Map.of("amount", amount, "unit", unit));
        body.put("requiredDocuments", documents);
        body.put("effectiveFrom", "2025-01-01T00:00:00+07:00");
        return body;
    }

    static String createProcedure(String decidingAgency, int amount, String unit) {
        String code = uniqueProcedureCode();
        admin().body(procedure(code, decidingAgency, amount, unit, List.of(document("Tờ khai", true, 1))))
                .post("/api/v1/procedures").then().statusCode(201);
        return code;
    }

    static Map<String, Object> document(String name, boolean original, int quantity) {
        return new LinkedHashMap<>(Map.of("name", name, "original", original, "quantity", quantity));
    }

    /** A valid receipt of a person's dossier, in person, received now. */
    static Map<String, Object> dossier(String procedure, String agency) {
        Map<String, Object> applicant = new LinkedHashMap<>();
        applicant.put("fullName", "Nguyễn Thị Bích Ngọc");
        applicant.put("idNumber", "079190012345");
        applicant.put("phone", "0912345678");
        applicant.put("email", "ngoc.nguyen@example.vn");
        applicant.put("address", "Số 12 đường Phú Riềng Đỏ, phường Đồng Xoài, tỉnh Đồng Nai");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("procedureCode", procedure);
        body.put("receivingAgencyCode", agency);
        body.put("channel", "IN_PERSON");
        body.put("applicant", applicant);
        body.put("documents", new ArrayList<>(List.of(document("Tờ khai đăng ký", true, 1),
                document("Bản sao căn cước", false, 2))));
        return body;
    }

    /** The latest Friday 16:00 (Asia/Ho_Chi_Minh) before today, within the receipt window, that suits the test. */
    static ZonedDateTime recentFriday(Predicate<LocalDate> suitable) {
        LocalDate day = LocalDate.now(VnTime.ZONE).minusDays(1);
        for (int i = 0; i < 25; i++, day = day.minusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.FRIDAY && suitable.test(day)) {
                return day.atTime(16, 0).atZone(VnTime.ZONE);
            }
        }
        throw new IllegalStateException("no suitable Friday in the last 25 days");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> applicant(Map<String, Object> dossier) {
        return (Map<String, Object>) dossier.get("applicant");
    }
}
