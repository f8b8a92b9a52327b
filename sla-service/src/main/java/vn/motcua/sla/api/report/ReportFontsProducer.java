package vn.motcua.sla.api.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import vn.motcua.reporting.ReportFonts;
import vn.motcua.sla.config.SlaConfig;

/** The PDF reports' fonts: {@code motcua.sla.report-font} and {@code report-bold-font}, or the bundled DejaVu. */
@ApplicationScoped
public class ReportFontsProducer {

    @Produces
    @Singleton
    ReportFonts fonts(SlaConfig config) {
        return ReportFonts.of(config.reportFont(), config.reportBoldFont());
    }
}
