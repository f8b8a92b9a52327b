package vn.motcua.sla.api.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import vn.motcua.sla.config.SlaConfig;

/**
 * The TrueType fonts the PDF reports embed: the files named by {@code motcua.sla.report-font} and
 * {@code report-bold-font}, or the DejaVu Sans Condensed shipped in the service (fonts/dejavu, with its licence),
 * so that the output never depends on the fonts of the host. Read once, at first use.
 */
@ApplicationScoped
public class ReportFonts {
    private static final String BUNDLED = "fonts/dejavu/";

    private final byte[] regular;
    private final byte[] bold;

    public ReportFonts(SlaConfig config) {
        this.regular = load(config.reportFont(), "DejaVuSansCondensed.ttf");
        this.bold = load(config.reportBoldFont(), "DejaVuSansCondensed-Bold.ttf");
    }

    byte[] regular() {
        return regular;
    }

    byte[] bold() {
        return bold;
    }

    private static byte[] load(Optional<String> file, String bundled) {
        try {
            if (file.isPresent()) {
                return Files.readAllBytes(Path.of(file.get()));
            }
            try (InputStream in = ReportFonts.class.getClassLoader().getResourceAsStream(BUNDLED + bundled)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled font " + BUNDLED + bundled + " is missing");
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report font " + file.orElse(bundled), e);
        }
    }
}
