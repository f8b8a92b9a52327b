package vn.motcua.sla;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.sla.MarchFixture.C1;
import static vn.motcua.sla.MarchFixture.D1;
import static vn.motcua.sla.MarchFixture.P;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.testkit.XlsxSheet;

/**
 * The official report on the handling of dossiers (GET /api/v1/reports/dossier-handling) over the hand-counted
 * {@link MarchFixture}: the XLSX, read by the JDK's zip and XML parsers, equals {@code /api/v1/stats} cell by cell;
 * the PDF's text, extracted by PDFBox, has the Vietnamese title with its diacritics and the same figures.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "sla"))
class DossierHandlingReportTest {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String TITLE = "BÁO CÁO TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH";
    /** Columns D.. of the report, left to right, as the stats API's fields. */
    private static final List<Function<Map<String, Object>, Object>> COLUMNS = List.of(
            r -> n(r, "carriedOver") + n(r, "received"), r -> n(r, "carriedOver"), r -> n(r, "received"),
            r -> n(r, "receivedOnline"), r -> n(r, "receivedInPerson"), r -> n(r, "receivedPostal"),
            r -> n(r, "resolved"), r -> n(r, "early"), r -> n(r, "onTime"), r -> n(r, "late"),
            r -> n(r, "apologisedInTime"), r -> n(r, "apologisedLate"), r -> n(r, "neverApologisedByOfficer"),
            r -> r.get("onTimeRate"), r -> n(r, "inProgress"), r -> n(r, "inProgress") - n(r, "inProgressOverdue"),
            r -> n(r, "inProgressOverdue"), r -> n(r, "paused"));
    /** The second header row over them (null: the rate, whose header spans both rows). */
    private static final List<String> HEADERS = Arrays.asList("Tổng số", "Kỳ trước chuyển sang", "Mới tiếp nhận",
            "Trực tuyến", "Trực tiếp", "Bưu chính công ích", "Tổng số", "Trước hạn", "Đúng hạn", "Trễ hạn",
            "Trễ hạn: xin lỗi kịp thời", "Trễ hạn: xin lỗi muộn", "Trễ hạn: cơ quan không xin lỗi", null, "Tổng số",
            "Trong hạn", "Quá hạn", "Trong đó tạm dừng");

    @BeforeEach
    void loadTheMonth() {
        MarchFixture.load();
    }

    private static long n(Map<String, Object> row, String field) {
        return ((Number) row.get(field)).longValue();
    }

    private static Response report(String token, Map<String, ?> params) {
        return given().auth().oauth2(token).queryParams(params).get("/api/v1/reports/dossier-handling");
    }

    static byte[] download(Map<String, ?> params, String type) {
        Response response = report(Sla.admin(), params);
        response.then().statusCode(200).contentType(type);
        return response.asByteArray();
    }

    static JsonPath stats(String from, String to, String groupBy) {
        return given().auth().oauth2(Sla.admin()).queryParams(Map.of("from", from, "to", to, "agency", P,
                "groupBy", groupBy)).get("/api/v1/stats").then().statusCode(200).extract().jsonPath();
    }

    /** The row's figures D..U as the API gives them; a null rate is an empty cell. */
    private static List<String> expected(Map<String, Object> row) {
        return COLUMNS.stream().map(c -> c.apply(row)).map(v -> v == null ? null : new BigDecimal(v.toString())
                .stripTrailingZeros().toPlainString()).toList();
    }

    private static List<String> figures(XlsxSheet sheet, int row) {
        List<String> figures = new ArrayList<>();
        for (int c = 3; c < 3 + COLUMNS.size(); c++) {
            String cell = sheet.cell(row, c);
            figures.add(cell == null ? null : new BigDecimal(cell).stripTrailingZeros().toPlainString());
        }
        return figures;
    }

    /** Each API row has a report row (by code, or by level label) with the same figures; then the totals. */
    static void assertSectionsEqualTheApi(XlsxSheet sheet, JsonPath byAgency, JsonPath byLevel) {
        List<Integer> totals = sheet.rowsWhere(2, "Tổng cộng");
        assertThat(totals).as("a total row per section").hasSize(2);
        for (Map<String, Object> row : byAgency.<Map<String, Object>>getList("rows")) {
            List<Integer> at = sheet.rowsWhere(1, (String) row.get("key"));
            assertThat(at).as(row.get("key") + " in " + sheet.texts()).hasSize(1);
            assertThat(sheet.cell(at.get(0), 2)).isEqualTo(row.get("label"));
            assertThat(figures(sheet, at.get(0))).as(row.get("key").toString()).isEqualTo(expected(row));
        }
        assertThat(figures(sheet, totals.get(0))).as("total by agency").isEqualTo(expected(byAgency.getMap("total")));
        Map<String, String> levels = Map.of("PROVINCE", "Cấp tỉnh", "COMMUNE", "Cấp xã");
        for (Map<String, Object> row : byLevel.<Map<String, Object>>getList("rows")) {
            List<Integer> at = sheet.rowsWhere(2, levels.get((String) row.get("key")));
            assertThat(at).as(row.get("key") + " in " + sheet.texts()).hasSize(1);
            assertThat(at.get(0)).isBetween(totals.get(0), totals.get(1));
            assertThat(figures(sheet, at.get(0))).as(row.get("key").toString()).isEqualTo(expected(row));
        }
        assertThat(figures(sheet, totals.get(1))).as("total by level").isEqualTo(expected(byLevel.getMap("total")));
    }

    @Test
    void theMonthlyXlsxEqualsTheStatsApiCellByCell() throws IOException {
        Response response = report(Sla.admin(), Map.of("period", "month", "year", "2026", "number", "3", "agency", P,
                "cutoff", "calendar", "format", "xlsx"));
        response.then().statusCode(200).contentType(XLSX).header("Content-Disposition",
                "attachment; filename=\"bao-cao-giai-quyet-tthc-" + P + "-2026-03.xlsx\"");
        byte[] xlsx = response.asByteArray();
        Files.write(Path.of("target", "dossier-handling-report.xlsx"), xlsx); // for a person, or another reader
        XlsxSheet sheet = XlsxSheet.read(xlsx);
        assertThat(sheet.texts()).contains(TITLE, "Tháng 3 năm 2026", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "(Số liệu từ ngày 01/03/2026 đến ngày 31/03/2026)", "I. THEO CƠ QUAN, ĐƠN VỊ", "II. THEO CẤP",
                "Số hồ sơ nhận giải quyết", "Số hồ sơ đã giải quyết", "Số hồ sơ đang giải quyết", "Tỷ lệ đúng hạn (%)",
                "Tỷ lệ giải quyết đúng hạn (trước hạn và đúng hạn): 50,0% (3/6 hồ sơ); chỉ tiêu 95,0%.");
        int header = sheet.rowsWhere(3, "Tổng số").get(0);
        for (int i = 0; i < HEADERS.size(); i++) {
            if (HEADERS.get(i) != null) {
                assertThat(sheet.cell(header, 3 + i)).isEqualTo(HEADERS.get(i));
            }
        }
        JsonPath byAgency = stats("2026-03-01", "2026-03-31", "agency");
        assertSectionsEqualTheApi(sheet, byAgency, stats("2026-03-01", "2026-03-31", "level"));
        // and the API is the hand count: D1 carried over 1 and received 5 (3 online, 2 in person), resolved 4 (1
        // early, 1 on time, 2 late never apologised), 50.0%, 2 in progress (1 within time, 1 overdue), 1 paused
        int d1 = sheet.rowsWhere(1, D1).get(0);
        assertThat(figures(sheet, d1)).containsExactly("6", "1", "5", "3", "2", "0", "4", "1", "1", "2", "0", "0", "2",
                "50", "2", "1", "1", "1");
        assertThat(sheet.cell(d1, 2)).isEqualTo("Sở Tư pháp");
        assertThat(figures(sheet, sheet.rowsWhere(1, C1).get(0))).containsExactly("3", "0", "3", "0", "2", "1", "2",
                "0", "1", "1", "1", "0", "0", "50", "1", "1", "0", "0");
    }

    @Test
    void byDefaultThePeriodIsDecree09sFromThe15thToThe14thAndMatchesTheApiOverThoseDays() {
        XlsxSheet sheet = XlsxSheet.read(download(Map.of("period", "month", "year", "2026", "number", "3", "agency", P),
                XLSX));
        assertThat(sheet.texts()).contains("Tháng 3 năm 2026",
                "(Số liệu từ ngày 15/02/2026 đến ngày 14/03/2026, kỳ báo cáo theo Điều 12 Nghị định 09/2019/NĐ-CP)");
        assertSectionsEqualTheApi(sheet, stats("2026-02-15", "2026-03-14", "agency"),
                stats("2026-02-15", "2026-03-14", "level"));
        XlsxSheet quarter = XlsxSheet.read(download(Map.of("period", "quarter", "year", "2026", "number", "1",
                "agency", P, "cutoff", "decree-09"), XLSX));
        assertThat(quarter.texts()).anyMatch(t -> t.startsWith("(Số liệu từ ngày 15/12/2025 đến ngày 14/03/2026"));
        assertSectionsEqualTheApi(quarter, stats("2025-12-15", "2026-03-14", "agency"),
                stats("2025-12-15", "2026-03-14", "level"));
    }

    @Test
    void everyKindOfPeriodCoversItsDatesAsTheApiDoes() {
        record Case(Map<String, String> query, String label, String to) {
        }
        List<Case> cases = List.of(
                new Case(Map.of("period", "quarter", "number", "1"), "Quý I năm 2026", "2026-03-31"),
                new Case(Map.of("period", "quarter", "number", "2"), "Quý II năm 2026", "2026-06-30"),
                new Case(Map.of("period", "half"), "6 tháng đầu năm 2026", "2026-06-30"),
                new Case(Map.of("period", "nine-months"), "9 tháng năm 2026", "2026-09-30"),
                new Case(Map.of("period", "year"), "Năm 2026", "2026-12-31"));
        for (Case c : cases) {
            String from = c.label().startsWith("Quý II") ? "2026-04-01" : "2026-01-01";
            Map<String, String> query = new HashMap<>(c.query());
            query.putAll(Map.of("year", "2026", "agency", P, "cutoff", "calendar"));
            XlsxSheet sheet = XlsxSheet.read(download(query, XLSX));
            assertThat(sheet.texts()).as(c.label()).contains(c.label());
            assertSectionsEqualTheApi(sheet, stats(from, c.to(), "agency"), stats(from, c.to(), "level"));
        }
        // the year is still running: its stocks are today's, and the report says so
        XlsxSheet year = XlsxSheet.read(download(Map.of("period", "year", "year", "2026", "agency", P, "cutoff", "calendar"), XLSX));
        assertThat(year.texts()).anyMatch(t -> t.startsWith("(Số liệu từ ngày 01/01/2026 đến ")
                && t.endsWith("; kỳ báo cáo chưa kết thúc)"));
    }

    @Test
    void thePdfHasTheVietnameseTitleAndTheFigures() throws IOException {
        byte[] pdf = download(Map.of("period", "month", "year", "2026", "number", "3", "agency", P, "cutoff", "calendar",
                "format", "pdf"),
                "application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFC);
            String flat = text.replaceAll("\\s+", " ");
            assertThat(flat).contains(TITLE, "Tháng 3 năm 2026", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "THEO CƠ QUAN, ĐƠN VỊ", "THEO CẤP",
                    "Tỷ lệ giải quyết đúng hạn (trước hạn và đúng hạn): 50,0% (3/6 hồ sơ); chỉ tiêu 95,0%.");
            // each row on one line: its name, then the figures as Vietnamese documents write them
            assertThat(text.lines().map(l -> l.replaceAll("\\s+", " ").strip()).toList()).contains(
                    "1 UBND xã Tân Phú 3 0 3 0 2 1 2 0 1 1 1 0 0 50,0 1 1 0 0",
                    "2 Sở Tư pháp 6 1 5 3 2 0 4 1 1 2 0 0 2 50,0 2 1 1 1",
                    "Tổng cộng 9 1 8 3 4 1 6 1 2 3 1 0 2 50,0 3 2 1 1",
                    "1 Cấp xã 3 0 3 0 2 1 2 0 1 1 1 0 0 50,0 1 1 0 0",
                    "2 Cấp tỉnh 6 1 5 3 2 0 4 1 1 2 0 0 2 50,0 2 1 1 1");
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("DejaVuSansCondensed");
                }
            }
        }
        render(pdf);
    }

    /** Page 1 as target/dossier-handling-report-1.png for a person to look at, where poppler's pdftoppm exists. */
    private static void render(byte[] pdf) throws IOException {
        if (Files.notExists(Path.of("/usr/bin/pdftoppm"))) {
            return;
        }
        Path file = Path.of("target", "dossier-handling-report.pdf");
        Files.write(file, pdf);
        try {
            Process p = new ProcessBuilder("/usr/bin/pdftoppm", "-png", "-r", "110", "-f", "1", "-l", "1",
                    file.toString(), Path.of("target", "dossier-handling-report").toString())
                    .redirectErrorStream(true).redirectOutput(new File("target/pdftoppm.log")).start();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isZero();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertThat(Files.size(Path.of("target", "dossier-handling-report-1.png"))).isPositive();
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() {
        Map<Map<String, String>, String> cases = Map.of(
                Map.of("period", "week"), "period",
                Map.of("year", "2026"), "period",
                Map.of("period", "month", "number", "13"), "number",
                Map.of("period", "quarter"), "number",
                Map.of("period", "year", "number", "1"), "number",
                Map.of("period", "year", "year", "20x6"), "year",
                Map.of("period", "year", "year", "2999"), "year",
                Map.of("period", "month", "number", "3", "format", "docx"), "format",
                Map.of("period", "month", "number", "3", "cutoff", "week"), "cutoff");
        cases.forEach((query, field) -> assertThat(report(Sla.admin(), query).then().statusCode(400)
                .contentType("application/problem+json").extract().jsonPath().getString("errors[0].field"))
                .as(query.toString()).isEqualTo(field));
    }

    @Test
    void theRolesAndAgencyScopeOfTheStatistics() {
        Map<String, String> march = Map.of("period", "month", "year", "2026", "number", "3", "agency", P,
                "cutoff", "calendar");
        String deptOperator = DevstackTestResource.token("operator", D1);
        report(deptOperator, march).then().statusCode(403).contentType("application/problem+json");
        report(DevstackTestResource.token("clerk", P), march).then().statusCode(403);
        given().queryParams(march).get("/api/v1/reports/dossier-handling").then().statusCode(401);
        // the department's own report: its agency by default, its figures only
        Response own = report(deptOperator, Map.of("period", "month", "year", "2026", "number", "3", "cutoff",
                "calendar"));
        own.then().statusCode(200).contentType(XLSX);
        XlsxSheet sheet = XlsxSheet.read(own.asByteArray());
        assertThat(sheet.rowsWhere(1, C1)).isEmpty();
        assertThat(figures(sheet, sheet.rowsWhere(2, "Tổng cộng").get(0)).get(2)).isEqualTo("5");
        assertThat(sheet.texts()).contains("SỞ TƯ PHÁP");
        report(DevstackTestResource.token("leader", P), march).then().statusCode(200);
    }
}
