package vn.motcua.reporting;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import vn.motcua.reporting.ReportTable.Column;
import vn.motcua.reporting.ReportTable.Row;
import vn.motcua.support.time.VnFormat;

/**
 * A report as a PDF (OpenPDF), A4 landscape, with the fonts of {@link ReportFonts} embedded (subset) so that the
 * diacritics show on any reader; numbers written as Vietnamese documents write them (1.234; 98,8).
 */
public final class ReportPdf {
    public static final String MEDIA_TYPE = "application/pdf";
    private static final Color HEADER_FILL = new Color(0xDD, 0xEB, 0xF7);

    private final Font text;
    private final Font bold;
    private final Font small;
    private final Font smallBold;
    private final Font italic;
    private final Font title;

    private ReportPdf(ReportFonts fonts) throws IOException {
        BaseFont regular = BaseFont.createFont("report-regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                fonts.regular(), null);
        BaseFont heavy = BaseFont.createFont("report-bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                fonts.bold(), null);
        text = new Font(regular, 9);
        bold = new Font(heavy, 9);
        small = new Font(regular, 7);
        smallBold = new Font(heavy, 6.5f);
        italic = new Font(regular, 8, Font.ITALIC);
        title = new Font(heavy, 12);
    }

    public static byte[] of(ReportDocument report, ReportFonts fonts) {
        try {
            return new ReportPdf(fonts).write(report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] write(ReportDocument report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 24, 24);
        PdfWriter.getInstance(document, out);
        document.addTitle(report.title() + " - " + report.period());
        document.addCreator(report.creator());
        document.open();
        document.add(heading(report));
        document.add(centred(report.title(), title, 10));
        document.add(centred(report.period(), bold, 2));
        document.add(centred(report.range(), text, 0));
        document.add(centred(report.scope(), text, 0));
        for (ReportTable table : report.tables()) {
            Paragraph heading = new Paragraph(table.title(), bold);
            heading.setSpacingBefore(8);
            heading.setSpacingAfter(3);
            document.add(heading);
            document.add(table(table));
        }
        Paragraph summary = new Paragraph(report.summary(), bold);
        summary.setSpacingBefore(6);
        document.add(summary);
        for (String note : report.notes()) {
            document.add(new Paragraph(note, italic));
        }
        document.add(new Paragraph(report.generated(), italic));
        document.add(signature());
        document.close();
        return out.toByteArray();
    }

    /** Issuer on the left, the national motto and the date on the right, as on official documents. */
    private PdfPTable heading(ReportDocument report) {
        PdfPTable table = new PdfPTable(new float[] {1, 1});
        table.setWidthPercentage(100);
        table.addCell(plain(new Phrase(report.issuer(), bold)));
        table.addCell(plain(new Phrase(ReportDocument.MOTTO + "\n" + ReportDocument.MOTTO_2, bold)));
        table.addCell(plain(new Phrase("", text)));
        table.addCell(plain(new Phrase(report.dateLine(), italic)));
        return table;
    }

    private PdfPTable signature() {
        PdfPTable table = new PdfPTable(new float[] {2, 1});
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        table.addCell(plain(new Phrase("", text)));
        table.addCell(plain(new Phrase(ReportDocument.SIGNER + "\n", bold)));
        table.addCell(plain(new Phrase("", text)));
        table.addCell(plain(new Phrase(ReportDocument.SIGNATURE, italic)));
        table.setKeepTogether(true);
        return table;
    }

    private static PdfPCell plain(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        return cell;
    }

    private static Paragraph centred(String value, Font font, float before) {
        Paragraph p = new Paragraph(value, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(before);
        return p;
    }

    private PdfPTable table(ReportTable report) {
        List<Column> columns = report.columns();
        PdfPTable table = new PdfPTable(widths(columns.size()));
        table.setWidthPercentage(100);
        table.setHeaderRows(2);
        header(table, "STT", 1, 2);
        header(table, report.rowHeader(), 1, 2);
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            if (column.group() == null) {
                header(table, column.header(), 1, 2);
            } else if (i == 0 || !column.group().equals(columns.get(i - 1).group())) {
                int span = (int) columns.stream().filter(c -> column.group().equals(c.group())).count();
                header(table, column.group(), span, 1);
            }
        }
        for (Column column : columns) {
            if (column.group() != null) {
                header(table, column.header(), 1, 1);
            }
        }
        int number = 1;
        for (Row row : report.rows()) {
            line(table, String.valueOf(number++), columns, row, small);
        }
        line(table, "", columns, report.total(), smallBold);
        return table;
    }

    private void header(PdfPTable table, String value, int colspan, int rowspan) {
        PdfPCell cell = new PdfPCell(new Phrase(value, smallBold));
        cell.setColspan(colspan);
        cell.setRowspan(rowspan);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setBackgroundColor(HEADER_FILL);
        cell.setPadding(2);
        table.addCell(cell);
    }

    private static void line(PdfPTable table, String number, List<Column> columns, Row row, Font font) {
        table.addCell(cell(number, font, Element.ALIGN_CENTER));
        table.addCell(cell(row.label(), font, Element.ALIGN_LEFT));
        for (int i = 0; i < columns.size(); i++) {
            table.addCell(cell(figure(row.figures().get(i), columns.get(i)), font, Element.ALIGN_RIGHT));
        }
    }

    private static PdfPCell cell(String value, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(2);
        return cell;
    }

    /** 1.234; a decimal as 98,8 (the header names its unit); "—" when there is none (nothing to rate). */
    static String figure(Object value, Column column) {
        if (value == null || value instanceof BigDecimal) {
            return VnFormat.decimal((BigDecimal) value, column.decimals());
        }
        return VnFormat.number(((Number) value).longValue());
    }

    private static float[] widths(int figures) {
        float[] widths = new float[2 + figures];
        widths[0] = 18;
        widths[1] = 112;
        for (int i = 2; i < widths.length; i++) {
            widths[i] = 36;
        }
        return widths;
    }
}
