package vn.motcua.reporting;

import java.util.List;

/**
 * One table of a report: its numbered title, what its rows are ({@code rowHeader}; {@code codeHeader}: the header of
 * the XLSX's column of their codes, null for none), its figure columns, its rows and their total.
 */
public record ReportTable(String title, String rowHeader, String codeHeader, List<Column> columns, List<Row> rows,
        Row total) {

    /**
     * A figure column: under {@code group} (null: its header spans both header rows), its header, and how many
     * decimals its figures have (0: counts, as Long; more: BigDecimal, e.g. a rate or a mean score).
     */
    public record Column(String group, String header, int decimals) {
        public static Column count(String group, String header) {
            return new Column(group, header, 0);
        }
    }

    /** A row: its code (null for none), its label and one figure per column (Long, BigDecimal, or null: none). */
    public record Row(String code, String label, List<Object> figures) {
    }

}
