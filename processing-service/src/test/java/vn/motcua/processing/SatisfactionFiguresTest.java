package vn.motcua.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.events.AgencyLevel;
import vn.motcua.events.AgencyRef;
import vn.motcua.reporting.ReportXlsx;
import vn.motcua.support.time.VnTime;
import vn.motcua.testkit.ExternalTool;
import vn.motcua.testkit.XlsxSheet;

/**
 * Satisfaction figures for staff against a hand-counted fixture: four ratings under a department of its own (two
 * agencies, two officers), counted per agency, per officer and in total, scoped to the caller's agency.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "processing"))
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SatisfactionFiguresTest {
    private static final String PIN = "W3NB7HXE";
    private final String run = String.valueOf(ThreadLocalRandom.current().nextInt(10_000, 99_999));
    /** A department of this run alone, so the figures are this fixture's. */
    private final String parent = "000.77." + run + ".H56";
    private final String first = parent + ".01";
    private final String second = parent + ".02";
    private final String officerX = "nguyen.van.x." + run + "@motcua.test";
    private final String officerY = "le.thi.y." + run + "@motcua.test";
    private String commented;

    /**
     * The fixture (ACCESS, PROCEDURE, OFFICER, RESULT, FEEDBACK):
     * first agency: officer X 5 4 5 3 4 and 3 2 4 4 5, officer Y 4 4 4 5 1; second agency: officer Y 2 5 5 5 5.
     * Made once for the tests of the class (the instance is shared: PER_CLASS).
     */
    private synchronized void rateFourDossiers() {
        if (commented != null) {
            return;
        }
        commented = returned(first, officerX);
        RatingTest.rate(commented, Map.of("pin", PIN, "scores", RatingTest.scores(5, 4, 5, 3, 4),
                "comment", "Gọi cho tôi 0912345678 hoặc binh.tran@example.vn; hồ sơ 000.00.12.H56 xử lý nhanh"))
                .then().statusCode(201);
        rateAs(returned(first, officerX), 3, 2, 4, 4, 5);
        rateAs(returned(first, officerY), 4, 4, 4, 5, 1);
        rateAs(returned(second, officerY), 2, 5, 5, 5, 5);
        // a returned dossier without a rating counts for nothing
        returned(second, officerX);
    }

    @Test
    void perAgencyTheCountsMeansAndSharesAreTheHandCountedOnes() {
        rateFourDossiers();
        JsonPath figures = figures("leader", parent, "agency");
        assertThat(figures.getString("groupBy")).isEqualTo("agency");
        assertThat(figures.getList("criteria.label")).containsExactly("Tiếp cận dịch vụ", "Thủ tục hành chính",
                "Công chức giải quyết", "Kết quả giải quyết", "Tiếp nhận, xử lý góp ý");
        assertThat(figures.getList("groups.key")).containsExactly(first, second);
        assertThat(figures.getString("groups[0].name")).isEqualTo("Phòng một " + run);

        assertGroup(figures, "groups[0]", 3, List.of("4.00", "3.33", "4.33", "4.00", "3.33"),
                List.of("66.67", "66.67", "100.00", "66.67", "66.67"), "3.80", "73.33");
        assertThat(figures.getList("groups[0].criteria.satisfied", Integer.class)).containsExactly(2, 2, 3, 2, 2);
        assertGroup(figures, "groups[1]", 1, List.of("2.00", "5.00", "5.00", "5.00", "5.00"),
                List.of("0.00", "100.00", "100.00", "100.00", "100.00"), "4.40", "80.00");
        assertGroup(figures, "total", 4, List.of("3.50", "3.75", "4.50", "4.25", "3.75"),
                List.of("50.00", "75.00", "100.00", "75.00", "75.00"), "3.95", "75.00");
        assertThat(figures.getInt("total.overall.scores")).isEqualTo(20);
        assertThat(figures.getInt("total.overall.satisfied")).isEqualTo(15);
    }

    @Test
    void perOfficerTheOfficerOfTheLastStepIsCredited() {
        rateFourDossiers();
        JsonPath figures = figures("operator", parent, "officer");
        assertThat(figures.getList("groups.key")).containsExactlyInAnyOrder(officerX, officerY);
        String x = "groups.find { it.key == '" + officerX + "' }";
        String y = "groups.find { it.key == '" + officerY + "' }";
        assertGroup(figures, x, 2, List.of("4.00", "3.00", "4.50", "3.50", "4.50"),
                List.of("50.00", "50.00", "100.00", "50.00", "100.00"), "3.90", "70.00");
        assertGroup(figures, y, 2, List.of("3.00", "4.50", "4.50", "5.00", "3.00"),
                List.of("50.00", "100.00", "100.00", "100.00", "50.00"), "4.00", "80.00");
        assertGroup(figures, "total", 4, List.of("3.50", "3.75", "4.50", "4.25", "3.75"),
                List.of("50.00", "75.00", "100.00", "75.00", "75.00"), "3.95", "75.00");
    }

    @Test
    void eachCallerSeesItsOwnAgencyAndSubUnitsOnly() {
        rateFourDossiers();
        // a leader of the second agency sees its one rating, even when asking for the department
        JsonPath own = figures("leader", second, "agency");
        assertThat(own.getList("groups.key")).containsExactly(second);
        assertThat(Fixtures.as("leader", second).queryParam("agency", parent).get("/api/v1/satisfaction")
                .then().statusCode(200).extract().jsonPath().getInt("total.count")).isEqualTo(1);
        // another agency's leader sees none of them
        assertThat(Fixtures.as("leader", Fixtures.OTHER_AGENCY).queryParam("agency", parent)
                .get("/api/v1/satisfaction").then().statusCode(200).extract().jsonPath().getInt("total.count"))
                .isZero();
        // the admin sees them all
        assertThat(figures("admin", Fixtures.PROVINCE, "agency").getList("groups.key")).contains(first, second);
        // an officer or a clerk reads no figures
        for (String role : List.of("officer", "clerk")) {
            Fixtures.as(role, parent).get("/api/v1/satisfaction").then().statusCode(403);
        }
    }

    @Test
    void badParametersAre400NamingThem() {
        rateFourDossiers();
        Map<String, String> cases = Map.of("groupBy", "unit", "from", "2026-13-01", "to", "yesterday");
        cases.forEach((name, value) -> Fixtures.as("leader", parent).queryParam(name, value)
                .get("/api/v1/satisfaction").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo(name)));
        Fixtures.as("leader", parent).queryParam("from", "2026-12-02").queryParam("to", "2026-12-01")
                .get("/api/v1/satisfaction").then().statusCode(400).body("errors[0].field", equalTo("from"));
    }

    @Test
    void staffReadTheCommentsWithPersonalDataMasked() {
        rateFourDossiers();
        JsonPath comments = Fixtures.as("leader", parent).queryParam("agency", parent)
                .get("/api/v1/satisfaction/comments").then().statusCode(200).extract().jsonPath();
        assertThat(comments.getInt("total")).isEqualTo(1);
        assertThat(comments.getString("items[0].dossierCode")).isEqualTo(commented);
        assertThat(comments.getString("items[0].officer")).isEqualTo(officerX);
        assertThat(comments.getString("items[0].comment")).isEqualTo(
                "Gọi cho tôi 091****678 hoặc b***@example.vn; hồ sơ 000.00.12.H56 xử lý nhanh");
        // a citizen's lookup never shows it
        assertThat(RatingTest.from(RatingTest.nextIp()).queryParam("pin", PIN)
                .get("/public/v1/dossiers/{code}", commented).asString()).doesNotContain("Gọi cho tôi", "0912345678");
    }

    @Test
    void theMonthsReportHasTheFiguresOfTheApiInXlsxAndVietnameseInPdf() throws IOException {
        rateFourDossiers();
        LocalDate today = LocalDate.now(VnTime.ZONE);
        Map<String, Object> month = Map.of("period", "month", "year", today.getYear(), "number", today.getMonthValue(),
                "agency", parent, "cutoff", "calendar");
        Response xlsx = Fixtures.as("leader", parent).accept(ReportXlsx.MEDIA_TYPE).queryParams(month)
                .get("/api/v1/reports/satisfaction");
        xlsx.then().statusCode(200).contentType(ReportXlsx.MEDIA_TYPE).header("Content-Disposition",
                "attachment; filename=\"bao-cao-muc-do-hai-long-" + parent + "-%d-%02d.xlsx\"".formatted(today.getYear(),
                        today.getMonthValue()));
        XlsxSheet sheet = XlsxSheet.read(xlsx.asByteArray());
        String rate = "Tỷ lệ hài lòng chung: 75,00% (15/20 lượt chấm điểm 4-5; 4 phiếu đánh giá).";
        assertThat(sheet.texts()).contains("BÁO CÁO KẾT QUẢ ĐÁNH GIÁ MỨC ĐỘ HÀI LÒNG CỦA NGƯỜI DÂN, DOANH NGHIỆP",
                "Tháng " + today.getMonthValue() + " năm " + today.getYear(), "I. THEO CƠ QUAN, ĐƠN VỊ",
                "II. THEO CÔNG CHỨC GIẢI QUYẾT", "Tiếp cận dịch vụ", "Tiếp nhận, xử lý góp ý", "Chung (5 tiêu chí)", rate);
        List<Integer> totals = sheet.rowsWhere(2, "Tổng cộng");
        assertThat(totals).as("a total per table").hasSize(2);
        String from = today.withDayOfMonth(1).toString();
        String to = today.withDayOfMonth(today.lengthOfMonth()).toString();
        List<String> groupings = List.of("agency", "officer");
        for (int t = 0; t < groupings.size(); t++) {
            JsonPath api = Fixtures.as("leader", parent).queryParam("agency", parent).queryParam("from", from)
                    .queryParam("to", to).queryParam("groupBy", groupings.get(t)).get("/api/v1/satisfaction").then()
                    .statusCode(200).extract().jsonPath();
            List<String> keys = api.getList("groups.key");
            for (int i = 0; i < keys.size(); i++) {
                List<Integer> at = sheet.rowsWhere(1, keys.get(i));
                assertThat(at).as(keys.get(i)).hasSize(1);
                assertThat(at.get(0)).isBetween(t == 0 ? 0 : totals.get(0), totals.get(t));
                assertThat(reportRow(sheet, at.get(0))).as(keys.get(i)).isEqualTo(apiRow(api, "groups[" + i + "]"));
            }
            assertThat(reportRow(sheet, totals.get(t))).as(groupings.get(t) + " total").isEqualTo(apiRow(api, "total"));
        }
        // and the API is the hand count: the first agency's three ratings
        assertThat(reportRow(sheet, sheet.rowsWhere(1, first).get(0))).containsExactly("3.00", "4.00", "66.67",
                "3.33", "66.67", "4.33", "100.00", "4.00", "66.67", "3.33", "66.67", "3.80", "73.33");

        Response pdf = Fixtures.as("leader", parent).accept("application/pdf").queryParams(month).queryParam("format", "pdf")
                .get("/api/v1/reports/satisfaction");
        pdf.then().statusCode(200).contentType("application/pdf");
        Path dir = Files.createDirectories(Path.of("target", "readers"));
        Path file = Files.write(dir.resolve("satisfaction-report.pdf"), pdf.asByteArray());
        String text = ExternalTool.run(dir, "pdftotext", "-layout", "-enc", "UTF-8", file.toString(), "-")
                .replaceAll("\\s+", " ");
        assertThat(text).contains("BÁO CÁO KẾT QUẢ ĐÁNH GIÁ MỨC ĐỘ HÀI LÒNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "II. THEO CÔNG CHỨC GIẢI QUYẾT", rate,
                "Phòng một " + run + " 3 4,00 66,67 3,33 66,67 4,33 100,00 4,00 66,67 3,33 66,67 3,80 73,33");
    }

    /** The report row's figures from column D on, as two-decimal text (null: an empty cell). */
    private static List<String> reportRow(XlsxSheet sheet, int row) {
        return java.util.stream.IntStream.range(3, 16).mapToObj(c -> sheet.cell(row, c))
                .map(v -> v == null ? null : decimal(v)).toList();
    }

    /** The API's figures in the report's column order: ratings, per criterion mean and % satisfied, overall. */
    private static List<String> apiRow(JsonPath api, String path) {
        List<Object> values = new java.util.ArrayList<>(List.of(api.getInt(path + ".count")));
        for (int c = 0; c < 5; c++) {
            values.add(api.get(path + ".criteria[" + c + "].mean"));
            values.add(api.get(path + ".criteria[" + c + "].satisfiedPercent"));
        }
        values.add(api.get(path + ".overall.mean"));
        values.add(api.get(path + ".overall.satisfiedPercent"));
        return values.stream().map(v -> v == null ? null : decimal(v)).toList();
    }

    private static void assertGroup(JsonPath figures, String path, int count, List<String> means,
            List<String> percents, String overallMean, String overallPercent) {
        assertThat(figures.getInt(path + ".count")).as(path + " ratings").isEqualTo(count);
        assertThat(figures.getList(path + ".criteria.code")).containsExactly("ACCESS", "PROCEDURE", "OFFICER",
                "RESULT", "FEEDBACK");
        assertThat(figures.getList(path + ".criteria.scores", Integer.class)).as(path + " scores")
                .containsOnly(count);
        assertThat(figures.getList(path + ".criteria.mean").stream().map(SatisfactionFiguresTest::decimal))
                .as(path + " means").containsExactlyElementsOf(means);
        assertThat(figures.getList(path + ".criteria.satisfiedPercent").stream().map(SatisfactionFiguresTest::decimal))
                .as(path + " satisfied %").containsExactlyElementsOf(percents);
        assertThat(decimal(figures.get(path + ".overall.mean"))).as(path + " overall mean").isEqualTo(overallMean);
        assertThat(decimal(figures.get(path + ".overall.satisfiedPercent"))).as(path + " overall satisfied %")
                .isEqualTo(overallPercent);
    }

    /** Two decimals, as the API rounds them (JsonPath reads the numbers as floats). */
    private static String decimal(Object number) {
        return new java.math.BigDecimal(number.toString()).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static JsonPath figures(String role, String agency, String groupBy) {
        return Fixtures.as(role, agency).queryParam("agency", agency).queryParam("groupBy", groupBy)
                .get("/api/v1/satisfaction").then().statusCode(200).extract().jsonPath();
    }

    private void act(String code, String action, Map<String, ?> body) {
        Fixtures.as("leader", parent).body(body).post("/api/v1/dossiers/{code}/{action}", code, action).then()
                .statusCode(200);
    }

    private static void rateAs(String code, int access, int procedure, int officer, int result, int feedback) {
        RatingTest.rate(code, Map.of("pin", PIN, "scores", RatingTest.scores(access, procedure, officer, result,
                feedback))).then().statusCode(201);
    }

    /** A dossier of {@code agency} handed to {@code officer}, then completed and returned by the department's leader. */
    private String returned(String agency, String officer) {
        String name = agency.equals(first) ? "Phòng một " + run : "Phòng hai " + run;
        AgencyRef deciding = new AgencyRef(agency, name, AgencyLevel.PROVINCE,
                List.of(Fixtures.PROVINCE, parent, agency));
        String code = Fixtures.receive(Fixtures.received(Fixtures.newCode(), deciding).withLookupPin(PIN));
        // the first step to the head of unit, the last to the officer the rating is credited to
        act(code, "assign", Map.of("unitCode", agency, "officer", "truong.phong." + run + "@motcua.test",
                "stepName", "Thẩm định"));
        act(code, "assign", Map.of("unitCode", agency, "officer", officer, "stepName", "Trình ký"));
        act(code, "complete", Fixtures.body("complete"));
        act(code, "return", Fixtures.body("return"));
        return code;
    }
}
