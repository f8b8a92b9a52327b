package vn.motcua.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.motcua.reporting.ReportTable.Column;
import vn.motcua.reporting.ReportTable.Row;

/**
 * A report as an XLSX workbook (FastExcel): one sheet, the figures as numbers (decimals as their column says) so
 * that a spreadsheet computes with them; columns A-C are the row number, the row's code and its label.
 */
public final class ReportXlsx {
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int FIRST_FIGURE = 3;

    private final Worksheet ws;
    private final int last;

    private ReportXlsx(Worksheet ws, ReportDocument report) {
        this.ws = ws;
        this.last = FIRST_FIGURE + report.figureColumns() - 1;
    }

    public static byte[] of(ReportDocument report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Mot Cua", null)) {
            workbook.setGlobalDefaultFont("Times New Roman", 11);
            new ReportXlsx(workbook.newWorksheet(report.sheetName()), report).write(report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void write(ReportDocument report) {
        page();
        int row = heading(report);
        for (ReportTable table : report.tables()) {
            row = table(row + 1, table) + 1;
        }
        row = text(row, report.summary(), true);
        for (String note : report.notes()) {
            row = text(row, note, false);
        }
        text(row, report.generated(), false);
    }

    private void page() {
        ws.pageOrientation("landscape");
        ws.paperSize(PaperSize.A4_PAPER);
        ws.fitToWidth((short) 1);
        ws.fitToHeight((short) 0);
        ws.width(0, 5);
        ws.width(1, 16);
        ws.width(2, 30);
        for (int c = FIRST_FIGURE; c <= last; c++) {
            ws.width(c, 11);
        }
    }

    /** The issuer and the national motto, the title, the period and the agency; returns the next free row. */
    private int heading(ReportDocument report) {
        int motto = Math.max(FIRST_FIGURE, last - 7);
        centred(0, 0, Math.min(6, motto - 1), report.issuer(), true);
        centred(0, motto, last, ReportDocument.MOTTO, true);
        centred(1, motto, last, ReportDocument.MOTTO_2, true);
        centred(2, motto, last, report.dateLine(), false);
        centred(4, 0, last, report.title(), true);
        ws.style(4, 0).bold().fontSize(14).set();
        ws.rowHeight(4, 22);
        centred(5, 0, last, report.period(), true);
        centred(6, 0, last, report.range(), false);
        centred(7, 0, last, report.scope(), false);
        return 9;
    }

    private void centred(int row, int left, int right, String value, boolean bold) {
        ws.value(row, left, value);
        var style = ws.range(row, left, row, right).style().merge().horizontalAlignment("center");
        (bold ? style.bold() : style).set();
    }

    private int text(int row, String value, boolean bold) {
        ws.value(row, 0, value);
        var style = ws.range(row, 0, row, last).style().merge().wrapText(true).verticalAlignment("top");
        (bold ? style.bold() : style).set();
        ws.rowHeight(row, value.length() > 150 ? 30 : 16);
        return row + 1;
    }

    /** The table's title, its two header rows, its rows and total; returns the row after the total. */
    private int table(int row, ReportTable table) {
        ws.value(row, 0, table.title());
        ws.style(row, 0).bold().set();
        int top = row + 1;
        header(top, 0, "STT");
        header(top, 1, table.codeHeader() == null ? "" : table.codeHeader());
        header(top, 2, table.rowHeader());
        List<Column> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            int c = FIRST_FIGURE + i;
            if (column.group() == null) {
                header(top, c, column.header());
            } else {
                if (i == 0 || !column.group().equals(columns.get(i - 1).group())) {
                    int end = i;
                    while (end + 1 < columns.size() && column.group().equals(columns.get(end + 1).group())) {
                        end++;
                    }
                    ws.value(top, c, column.group());
                    headerStyle(top, c, top, FIRST_FIGURE + end);
                }
                ws.value(top + 1, c, column.header());
                headerStyle(top + 1, c, top + 1, c);
            }
        }
        ws.rowHeight(top + 1, 45);
        int r = top + 2;
        int number = 1;
        for (Row line : table.rows()) {
            ws.value(r, 0, number++);
            if (table.codeHeader() != null) {
                ws.value(r, 1, line.code());
            }
            figures(r, table, line, false);
            r++;
        }
        figures(r, table, table.total(), true);
        return r + 1;
    }

    private void header(int top, int c, String text) {
        ws.value(top, c, text);
        headerStyle(top, c, top + 1, c);
    }

    private void headerStyle(int top, int left, int bottom, int right) {
        ws.range(top, left, bottom, right).style().merge().bold().wrapText(true).horizontalAlignment("center")
                .verticalAlignment("center").borderStyle(BorderStyle.THIN).fillColor("DDEBF7").set();
    }

    private void figures(int r, ReportTable table, Row line, boolean total) {
        ws.value(r, 2, line.label());
        List<Column> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            Object value = line.figures().get(i);
            if (value != null) {
                ws.value(r, FIRST_FIGURE + i, (Number) value);
            }
        }
        var style = ws.range(r, 0, r, FIRST_FIGURE + columns.size() - 1).style().borderStyle(BorderStyle.THIN);
        (total ? style.bold() : style).set();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).decimals() > 0) {
                ws.style(r, FIRST_FIGURE + i).format("0." + "0".repeat(columns.get(i).decimals())).set();
            }
        }
    }
}
