package vn.motcua.reporting;

import jakarta.ws.rs.core.Response;
import java.util.Locale;
import vn.motcua.support.api.ProblemException;

/** A report as the answer to its download: XLSX or PDF, as an attachment with an ASCII file name, never cached. */
public final class ReportDownload {
    private ReportDownload() {
    }

    /** The {@code format} parameter: xlsx (the default) or pdf, or a 400 naming it. */
    public static String format(String value) {
        String format = value == null || value.isBlank() ? "xlsx" : value.trim().toLowerCase(Locale.ROOT);
        if (!format.equals("xlsx") && !format.equals("pdf")) {
            throw ProblemException.badRequest("format", "one of xlsx, pdf");
        }
        return format;
    }

    /** {@code fileName} without its extension, which the format adds. */
    public static Response of(ReportDocument document, String format, ReportFonts fonts, String fileName) {
        boolean pdf = format.equals("pdf");
        byte[] body = pdf ? ReportPdf.of(document, fonts) : ReportXlsx.of(document);
        return Response.ok(body, pdf ? ReportPdf.MEDIA_TYPE : ReportXlsx.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "." + format + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
