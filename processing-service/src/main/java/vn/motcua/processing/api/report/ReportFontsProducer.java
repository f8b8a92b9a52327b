package vn.motcua.processing.api.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import vn.motcua.reporting.ReportFonts;

/** The satisfaction report's fonts: the DejaVu Sans Condensed the reporting module ships. */
@ApplicationScoped
public class ReportFontsProducer {

    @Produces
    @Singleton
    ReportFonts fonts() {
        return ReportFonts.bundled();
    }
}
