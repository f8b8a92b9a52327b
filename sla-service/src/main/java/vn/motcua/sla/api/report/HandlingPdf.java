package vn.motcua.sla.api.report;

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
import vn.motcua.sla.api.report.HandlingColumns.Column;
import vn.motcua.sla.api.report.HandlingColumns.Section;
import vn.motcua.sla.application.HandlingReport;
import vn.motcua.sla.domain.StatsRow;
import vn.motcua.support.time.VnFormat;

/**
 * The report as a PDF (OpenPDF), A4 landscape, with the fonts of {@link ReportFonts} embedded (subset) so that the
 * diacritics show on any reader; numbers written as Vietnamese documents write them (1.234; 98,8).
 */
final class HandlingPdf {
    static final String MEDIA_TYPE = "application/pdf";
    private static final Color HEADER_FILL = new Color(0xDD, 0xEB, 0xF7);
    private static final float[] WIDTHS = widths();

    private final Font text;
    private final Font bold;
    private final Font small;
    private final Font smallBold;
    private final Font italic;
    private final Font title;

    private HandlingPdf(ReportFonts fonts) throws IOException {
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

    static byte[] of(HandlingReport report, ReportFonts fonts) {
        try {
            return new HandlingPdf(fonts).write(report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] write(HandlingReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 24, 24);
        PdfWriter.getInstance(document, out);
        document.addTitle(HandlingText.TITLE + " - " + HandlingText.period(report));
        document.addCreator("Một Cửa sla-service");
        document.open();
        document.add(heading(report));
        document.add(centred(HandlingText.TITLE, title, 10));
        document.add(centred(HandlingText.period(report), bold, 2));
        document.add(centred(HandlingText.range(report), text, 0));
        document.add(centred(HandlingText.agency(report), text, 0));
        for (Section section : HandlingText.sections(report)) {
            Paragraph heading = new Paragraph(section.title(), bold);
            heading.setSpacingBefore(8);
            heading.setSpacingAfter(3);
            document.add(heading);
            document.add(table(section));
        }
        Paragraph rate = new Paragraph(HandlingText.rate(report), bold);
        rate.setSpacingBefore(6);
        document.add(rate);
        for (String note : HandlingColumns.NOTES) {
            document.add(new Paragraph(note, italic));
        }
        document.add(new Paragraph(HandlingText.generated(report), italic));
        document.add(signature());
        document.close();
        return out.toByteArray();
    }

    /** Issuer on the left, the national motto and the date on the right, as on official documents. */
    private PdfPTable heading(HandlingReport report) {
        PdfPTable table = new PdfPTable(new float[] {1, 1});
        table.setWidthPercentage(100);
        table.addCell(plain(new Phrase(HandlingText.issuer(report), bold)));
        PdfPCell motto = plain(new Phrase(HandlingText.MOTTO + "\n" + HandlingText.MOTTO_2, bold));
        table.addCell(motto);
        table.addCell(plain(new Phrase("", text)));
        table.addCell(plain(new Phrase(HandlingText.dateLine(report), italic)));
        return table;
    }

    private PdfPTable signature() {
        PdfPTable table = new PdfPTable(new float[] {2, 1});
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        table.addCell(plain(new Phrase("", text)));
        table.addCell(plain(new Phrase(HandlingText.SIGNER + "\n", bold)));
        table.addCell(plain(new Phrase("", text)));
        table.addCell(plain(new Phrase(HandlingText.SIGNATURE, italic)));
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

    private PdfPTable table(Section section) {
        PdfPTable table = new PdfPTable(WIDTHS);
        table.setWidthPercentage(100);
        table.setHeaderRows(2);
        header(table, "STT", 1, 2);
        header(table, section.rowHeader(), 1, 2);
        List<Column> columns = HandlingColumns.ALL;
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
        for (StatsRow row : section.rows()) {
            line(table, String.valueOf(number++), row, small);
        }
        line(table, "", section.total(), smallBold);
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

    private static void line(PdfPTable table, String number, StatsRow row, Font font) {
        table.addCell(cell(number, font, Element.ALIGN_CENTER));
        table.addCell(cell(row.label(), font, Element.ALIGN_LEFT));
        for (Column column : HandlingColumns.ALL) {
            table.addCell(cell(figure(column.value().apply(row)), font, Element.ALIGN_RIGHT));
        }
    }

    private static PdfPCell cell(String value, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(2);
        return cell;
    }

    /** 1.234; a rate as 98,8 (the header says %); "—" when nothing was resolved. */
    static String figure(Object value) {
        if (value instanceof BigDecimal rate) {
            return VnFormat.percent(rate).replace("%", "");
        }
        return value == null ? VnFormat.percent((BigDecimal) null) : VnFormat.number((Long) value);
    }

    private static float[] widths() {
        float[] widths = new float[2 + HandlingColumns.ALL.size()];
        widths[0] = 18;
        widths[1] = 112;
        for (int i = 2; i < widths.length; i++) {
            widths[i] = 36;
        }
        return widths;
    }
}
