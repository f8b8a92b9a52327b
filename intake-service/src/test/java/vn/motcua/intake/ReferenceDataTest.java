package vn.motcua.intake;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;

/** Agencies and procedures: admin manages, everyone reads; tree rules, code shapes, versions, demo data. */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "intake"))
class ReferenceDataTest {

    @Test
    void agenciesFormATreeWithMaterialisedPaths() {
        String province = TestData.createAgency(null);
        String department = TestData.createAgency(province);
        String unit = TestData.createAgency(department);
        TestData.as("clerk", unit).get("/api/v1/agencies/" + unit).then().statusCode(200)
                .body("path", contains(province, department, unit))
                .body("level", equalTo("COMMUNE"))
                .body("active", equalTo(true))
                .body("calendarId", equalTo("vn-national"));

        // moving the department under another root rewrites the paths below it
        String otherProvince = TestData.createAgency(null);
        Map<String, Object> move = TestData.agency(department, "PROVINCE", otherProvince);
        TestData.admin().body(move).put("/api/v1/agencies/" + department).then().statusCode(200)
                .body("path", contains(otherProvince, department));
        TestData.admin().get("/api/v1/agencies/" + unit).then().body("path", contains(otherProvince, department, unit));
        TestData.admin().queryParam("parent", department).get("/api/v1/agencies").then().statusCode(200)
                .body("code", contains(unit));
    }

    @Test
    void agencyRules() {
        String province = TestData.createAgency(null);
        String child = TestData.createAgency(province);
        TestData.admin().body(TestData.agency(province, "PROVINCE", child)).put("/api/v1/agencies/" + province).then()
                .statusCode(422).body("errors[0].field", equalTo("parentCode")).body("errors[0].message", containsString("cycle"));
        TestData.admin().body(TestData.agency(province, "PROVINCE", province)).put("/api/v1/agencies/" + province).then()
                .statusCode(422).body("errors[0].field", equalTo("parentCode"));
        TestData.admin().body(TestData.agency(TestData.uniqueAgencyCode(), "COMMUNE", "999.99.99.Z98"))
                .post("/api/v1/agencies").then().statusCode(422).body("errors[0].field", equalTo("parentCode"));
        TestData.admin().body(TestData.agency(province, "PROVINCE", null)).post("/api/v1/agencies").then().statusCode(409);
        for (String bad : List.of("H56", "000.17.22", "0001.17.22.H56", "000.17.22.h56", "000-17-22-H56")) {
            if (!"H56".equals(bad)) {
                TestData.admin().body(TestData.agency(bad, "PROVINCE", null)).post("/api/v1/agencies").then()
                        .statusCode(400).body("errors.field", hasItem("code"))
                        .body("errors.message", hasItem(containsString("QCVN 102")));
            }
        }
        Map<String, Object> ministry = TestData.agency("G" + (10 + (int) (Math.random() * 80)), "MINISTRY", null);
        int status = TestData.admin().body(ministry).post("/api/v1/agencies").then().extract().statusCode();
        org.assertj.core.api.Assertions.assertThat(status).isIn(201, 409);
        Map<String, Object> badCalendar = TestData.agency(TestData.uniqueAgencyCode(), "PROVINCE", null);
        badCalendar.put("calendarId", "no-such-calendar");
        TestData.admin().body(badCalendar).post("/api/v1/agencies").then().statusCode(422)
                .body("errors[0].field", equalTo("calendarId"));
        Map<String, Object> badLevel = TestData.agency(TestData.uniqueAgencyCode(), "HAMLET", null);
        TestData.admin().body(badLevel).post("/api/v1/agencies").then().statusCode(400).body("errors[0].field", equalTo("level"));
        TestData.as("clerk", province).body(TestData.agency(TestData.uniqueAgencyCode(), "PROVINCE", null))
                .post("/api/v1/agencies").then().statusCode(403);
        TestData.admin().body(TestData.agency(child, "COMMUNE", province)).put("/api/v1/agencies/" + province).then()
                .statusCode(400).body("errors[0].field", equalTo("code"));
    }

    @Test
    void aProcedureChangeIsANewVersionAndDossiersKeepTheirs() {
        String agency = TestData.createAgency(TestData.ROOT);
        String code = TestData.createProcedure(agency, 10, "WORKING_DAYS");
        Map<String, Object> v2 = TestData.procedure(code, agency, 7, "WORKING_DAYS", List.of());
        v2.put("supplementPolicy", "RESTART");
        v2.put("onlineProcessingTime", Map.of("amount", 5, "unit", "WORKING_DAYS"));
        v2.put("effectiveFrom", OffsetDateTime.now(ZoneOffset.UTC).minusDays(2).toString());
        TestData.admin().body(v2).put("/api/v1/procedures/" + code).then().statusCode(200).body("version", equalTo(2));
        Map<String, Object> v3 = TestData.procedure(code, agency, 3, "WORKING_DAYS", List.of());
        v3.put("effectiveFrom", OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).toString());
        TestData.admin().body(v3).put("/api/v1/procedures/" + code).then().statusCode(200).body("version", equalTo(3));

        TestData.as("officer", agency).get("/api/v1/procedures/" + code).then().statusCode(200)
                .body("version", equalTo(2))
                .body("processingTime.amount", equalTo(7))
                .body("onlineProcessingTime.amount", equalTo(5))
                .body("supplementPolicy", equalTo("RESTART"));
        TestData.as("officer", agency).get("/api/v1/procedures/" + code + "/versions").then().statusCode(200)
                .body("version", contains(1, 2, 3));

        // received a week ago: version 1 (10 working days) was in force then; received now: version 2
        Map<String, Object> late = TestData.dossier(code, agency);
        late.put("receivedAt", OffsetDateTime.now(ZoneOffset.UTC).minusDays(7).toString());
        TestData.as("clerk", agency).body(late).post("/api/v1/dossiers").then().statusCode(201)
                .body("receipt.procedure.version", equalTo(1)).body("receipt.processingTime.amount", equalTo(10));
        Map<String, Object> online = TestData.dossier(code, agency);
        online.put("channel", "ONLINE");
        TestData.as("clerk", agency).body(online).post("/api/v1/dossiers").then().statusCode(201)
                .body("receipt.procedure.version", equalTo(2)).body("receipt.processingTime.amount", equalTo(5));
    }

    @Test
    void procedureRules() {
        String agency = TestData.createAgency(TestData.ROOT);
        String code = TestData.createProcedure(agency, 10, "WORKING_DAYS");
        TestData.admin().body(TestData.procedure(code, agency, 1, "WORKING_DAYS", List.of())).post("/api/v1/procedures")
                .then().statusCode(409);
        TestData.admin().body(TestData.procedure("1.00094", agency, 1, "WORKING_DAYS", List.of())).post("/api/v1/procedures")
                .then().statusCode(400).body("errors[0].field", equalTo("code"));
        TestData.admin().body(TestData.procedure("1.000948.H38", "999.99.99.Z97", 1, "WORKING_DAYS", List.of()))
                .post("/api/v1/procedures").then().statusCode(422).body("errors[0].field", equalTo("decidingAgencyCode"));
        TestData.admin().body(TestData.procedure(TestData.uniqueProcedureCode(), agency, 0, "WORKING_DAYS", List.of()))
                .post("/api/v1/procedures").then().statusCode(400).body("errors[0].field", equalTo("processingTime.amount"));
        TestData.admin().body(TestData.procedure(TestData.uniqueProcedureCode(), agency, 1, "WEEKS", List.of()))
                .post("/api/v1/procedures").then().statusCode(400).body("errors[0].field", equalTo("processingTime.unit"));
        TestData.admin().get("/api/v1/procedures/9.999998").then().statusCode(404);
        TestData.as("clerk", agency).body(TestData.procedure(TestData.uniqueProcedureCode(), agency, 1, "WORKING_DAYS",
                List.of())).post("/api/v1/procedures").then().statusCode(403);
    }

    @Test
    void demoProvinceIsLoaded() {
        TestData.as("operator", TestData.ROOT).queryParam("parent", TestData.ROOT).get("/api/v1/agencies").then()
                .statusCode(200).body("size()", greaterThanOrEqualTo(20));
        TestData.as("operator", TestData.ROOT).get("/api/v1/agencies/000.17.22.H56").then().statusCode(200)
                .body("path", contains(TestData.ROOT, "000.00.22.H56", "000.17.22.H56"));
        TestData.as("operator", TestData.ROOT).queryParam("decidingAgencyCode", "000.03.30.H56").get("/api/v1/procedures")
                .then().statusCode(200).body("code", hasItem("1.001193"));
        TestData.as("operator", TestData.ROOT).get("/api/v1/procedures/1.001193").then().statusCode(200)
                .body("name", equalTo("Đăng ký khai sinh")).body("processingTime.unit", equalTo("WORKING_HOURS"))
                .body("requiredDocuments", hasSize(2));
    }
}
