package vn.motcua.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.sla.MarchFixture.P;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.testkit.ExternalTool;
import vn.motcua.testkit.XlsxSheet;

/**
 * The dossier-handling report opened by readers no one here wrote (issue 17's must-show): the XLSX by Python's zipfile
 * and ElementTree ({@code src/test/resources/readers/xlsx_cells.py}) equals {@code /api/v1/stats} cell by cell; the
 * PDF is rendered by poppler's pdftoppm (every page a non-blank image) and its Vietnamese text read by pdftotext.
 * .ci/run installs python3 and poppler-utils; without them this test fails, naming the missing tool.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "sla"))
class ReportReadersTest {
    private static final Map<String, String> MARCH = Map.of("period", "month", "year", "2026", "number", "3",
            "agency", P, "cutoff", "calendar");
    private static final Path DIR = Path.of("target", "readers");

    @BeforeEach
    void loadTheMonth() throws IOException {
        MarchFixture.load();
        Files.createDirectories(DIR);
    }

    @Test
    void pythonReadsTheXlsxAsTheStatsApiCountsIt() throws IOException {
        Path xlsx = Files.write(DIR.resolve("march.xlsx"), DossierHandlingReportTest.download(
                with("format", "xlsx"), DossierHandlingReportTest.XLSX));
        String json = run("python3", "src/test/resources/readers/xlsx_cells.py", xlsx.toString());
        Map<Integer, Map<Integer, String>> cells = new TreeMap<>();
        for (List<Object> cell : JsonPath.from(json).<List<Object>>getList("")) {
            cells.computeIfAbsent((Integer) cell.get(0), r -> new TreeMap<>()).put((Integer) cell.get(1),
                    (String) cell.get(2));
        }
        XlsxSheet sheet = XlsxSheet.of(cells);
        assertThat(sheet.texts()).contains(DossierHandlingReportTest.TITLE, "Tháng 3 năm 2026",
                "(Số liệu từ ngày 01/03/2026 đến ngày 31/03/2026)");
        DossierHandlingReportTest.assertSectionsEqualTheApi(sheet,
                DossierHandlingReportTest.stats("2026-03-01", "2026-03-31", "agency"),
                DossierHandlingReportTest.stats("2026-03-01", "2026-03-31", "level"));
    }

    @Test
    void popplerRendersEveryPageAndReadsTheVietnameseText() throws IOException {
        Path pdf = Files.write(DIR.resolve("march.pdf"), DossierHandlingReportTest.download(with("format", "pdf"),
                "application/pdf"));
        String info = run("pdfinfo", pdf.toString());
        int pages = Integer.parseInt(info.lines().filter(l -> l.startsWith("Pages:")).findFirst().orElseThrow()
                .substring("Pages:".length()).strip());
        assertThat(pages).as("the March report: two short sections on one landscape page").isEqualTo(1);
        run("pdftoppm", "-png", "-r", "60", pdf.toString(), DIR.resolve("march").toString());
        List<Path> images;
        try (Stream<Path> files = Files.list(DIR)) {
            images = files.filter(f -> f.getFileName().toString().matches("march-\\d+\\.png")).sorted().toList();
        }
        assertThat(images).as("one image per page").hasSize(pages);
        for (Path image : images) {
            assertThat(inkShare(ImageIO.read(image.toFile()))).as(image + ": printed, not blank").isBetween(0.005, 0.5);
        }
        String text = run("pdftotext", "-layout", "-enc", "UTF-8", pdf.toString(), "-").replaceAll("[ \\t]+", " ");
        assertThat(text).contains(DossierHandlingReportTest.TITLE, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Tháng 3 năm 2026", "THEO CƠ QUAN, ĐƠN VỊ", "Số hồ sơ đã giải quyết",
                "2 Sở Tư pháp 6 1 5 3 2 0 4 1 1 2 0 0 2 50,0 2 1 1 1");
    }

    private static Map<String, String> with(String key, String value) {
        Map<String, String> query = new TreeMap<>(MARCH);
        query.put(key, value);
        return query;
    }

    /** The share of pixels darker than light grey. */
    private static double inkShare(BufferedImage image) {
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int grey = (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3;
                ink += grey < 200 ? 1 : 0;
            }
        }
        return (double) ink / ((long) image.getWidth() * image.getHeight());
    }

    private static String run(String... command) throws IOException {
        return ExternalTool.run(DIR, command);
    }
}
