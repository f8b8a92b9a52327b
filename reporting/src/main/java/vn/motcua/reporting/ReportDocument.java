package vn.motcua.reporting;

import java.util.List;

/**
 * An official report as provinces file it, the same in the XLSX and the PDF: the issuing agency and the national
 * motto, the date line, the title, the period, its dates and the agency covered; then its tables, a summary line,
 * notes on how the figures are counted, when it was made, and the signature block.
 */
public record ReportDocument(String sheetName, String creator, String issuer, String dateLine, String title,
        String period, String range, String scope, List<ReportTable> tables, String summary, List<String> notes,
        String generated) {
    public static final String MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO_2 = "Độc lập - Tự do - Hạnh phúc";
    public static final String SIGNER = "THỦ TRƯỞNG CƠ QUAN";
    public static final String SIGNATURE = "(Ký, ghi rõ họ tên và đóng dấu)";

    /** The widest table's figure columns. */
    int figureColumns() {
        return tables.stream().mapToInt(t -> t.columns().size()).max().orElse(1);
    }
}
