package vn.motcua.sla.api.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.motcua.sla.api.report.HandlingColumns.Column;
import vn.motcua.sla.api.report.HandlingColumns.Section;
import vn.motcua.sla.application.HandlingReport;
import vn.motcua.sla.domain.StatsRow;

/**
 * The report as an XLSX workbook (FastExcel): one sheet, the figures as numbers (the rate with one decimal) so that
 * a spreadsheet computes with them; columns A-C are the row number, the agency code and the name.
 */
final class HandlingXlsx {
    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int FIRST_FIGURE = 3;
    private static final int LAST = FIRST_FIGURE + HandlingColumns.ALL.size() - 1;
    private static final int RATE = FIRST_FIGURE + HandlingColumns.ALL.stream().map(Column::group).toList().indexOf(null);

    private HandlingXlsx() {
    }

    static byte[] of(HandlingReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Mot Cua", null)) {
            workbook.setGlobalDefaultFont("Times New Roman", 11);
            Worksheet ws = workbook.newWorksheet("Giải quyết TTHC");
            page(ws);
            int row = heading(ws, report);
            for (Section section : HandlingText.sections(report)) {
                row = table(ws, row + 1, section) + 1;
            }
            row = text(ws, row, HandlingText.rate(report), true);
            for (String note : HandlingColumns.NOTES) {
                row = text(ws, row, note, false);
            }
            text(ws, row, HandlingText.generated(report), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void page(Worksheet ws) {
        ws.pageOrientation("landscape");
        ws.paperSize(PaperSize.A4_PAPER);
        ws.fitToWidth((short) 1);
        ws.fitToHeight((short) 0);
        ws.width(0, 5);
        ws.width(1, 16);
        ws.width(2, 30);
        for (int c = FIRST_FIGURE; c <= LAST; c++) {
            ws.width(c, 11);
        }
    }

    /** The issuer and the national motto, the title, the period and the agency; returns the next free row. */
    private static int heading(Worksheet ws, HandlingReport report) {
        centred(ws, 0, 0, 6, HandlingText.issuer(report), true);
        centred(ws, 0, LAST - 7, LAST, HandlingText.MOTTO, true);
        centred(ws, 1, LAST - 7, LAST, HandlingText.MOTTO_2, true);
        centred(ws, 2, LAST - 7, LAST, HandlingText.dateLine(report), false);
        centred(ws, 4, 0, LAST, HandlingText.TITLE, true);
        ws.style(4, 0).bold().fontSize(14).set();
        ws.rowHeight(4, 22);
        centred(ws, 5, 0, LAST, HandlingText.period(report), true);
        centred(ws, 6, 0, LAST, HandlingText.range(report), false);
        centred(ws, 7, 0, LAST, HandlingText.agency(report), false);
        return 9;
    }

    private static void centred(Worksheet ws, int row, int left, int right, String value, boolean bold) {
        ws.value(row, left, value);
        var style = ws.range(row, left, row, right).style().merge().horizontalAlignment("center");
        (bold ? style.bold() : style).set();
    }

    private static int text(Worksheet ws, int row, String value, boolean bold) {
        ws.value(row, 0, value);
        var style = ws.range(row, 0, row, LAST).style().merge().wrapText(true).verticalAlignment("top");
        (bold ? style.bold() : style).set();
        ws.rowHeight(row, value.length() > 150 ? 30 : 16);
        return row + 1;
    }

    /** The section's title, its two header rows, its rows and total; returns the row after the total. */
    private static int table(Worksheet ws, int row, Section section) {
        ws.value(row, 0, section.title());
        ws.style(row, 0).bold().set();
        int top = row + 1;
        header(ws, top, 0, "STT");
        header(ws, top, 1, section.codes() ? "Mã cơ quan" : "");
        header(ws, top, 2, section.rowHeader());
        List<Column> columns = HandlingColumns.ALL;
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            int c = FIRST_FIGURE + i;
            if (column.group() == null) {
                header(ws, top, c, column.header());
            } else {
                if (i == 0 || !column.group().equals(columns.get(i - 1).group())) {
                    int last = i;
                    while (last + 1 < columns.size() && column.group().equals(columns.get(last + 1).group())) {
                        last++;
                    }
                    ws.value(top, c, column.group());
                    headerStyle(ws, top, c, top, FIRST_FIGURE + last);
                }
                ws.value(top + 1, c, column.header());
                headerStyle(ws, top + 1, c, top + 1, c);
            }
        }
        ws.rowHeight(top + 1, 45);
        int r = top + 2;
        int number = 1;
        for (StatsRow line : section.rows()) {
            ws.value(r, 0, number++);
            if (section.codes()) {
                ws.value(r, 1, line.key());
            }
            figures(ws, r, line, false);
            r++;
        }
        figures(ws, r, section.total(), true);
        return r + 1;
    }

    private static void header(Worksheet ws, int top, int c, String text) {
        ws.value(top, c, text);
        headerStyle(ws, top, c, top + 1, c);
    }

    private static void headerStyle(Worksheet ws, int top, int left, int bottom, int right) {
        ws.range(top, left, bottom, right).style().merge().bold().wrapText(true).horizontalAlignment("center")
                .verticalAlignment("center").borderStyle(BorderStyle.THIN).fillColor("DDEBF7").set();
    }

    private static void figures(Worksheet ws, int r, StatsRow line, boolean total) {
        ws.value(r, 2, line.label());
        for (int i = 0; i < HandlingColumns.ALL.size(); i++) {
            Object value = HandlingColumns.ALL.get(i).value().apply(line);
            if (value != null) {
                ws.value(r, FIRST_FIGURE + i, (Number) value);
            }
        }
        var style = ws.range(r, 0, r, LAST).style().borderStyle(BorderStyle.THIN);
        (total ? style.bold() : style).set();
        ws.style(r, RATE).format("0.0").set();
    }
}
