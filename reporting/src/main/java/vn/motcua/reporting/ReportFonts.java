package vn.motcua.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The TrueType fonts the PDF reports embed: the files a service's configuration names, or the DejaVu Sans Condensed
 * shipped here (fonts/dejavu, with its licence), so that the output never depends on the fonts of the host.
 */
public final class ReportFonts {
    private static final String BUNDLED = "fonts/dejavu/";

    private final byte[] regular;
    private final byte[] bold;

    private ReportFonts(byte[] regular, byte[] bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** The named files, each absent one replaced by the bundled font; read now. */
    public static ReportFonts of(Optional<String> regularFile, Optional<String> boldFile) {
        return new ReportFonts(load(regularFile, "DejaVuSansCondensed.ttf"), load(boldFile, "DejaVuSansCondensed-Bold.ttf"));
    }

    public static ReportFonts bundled() {
        return of(Optional.empty(), Optional.empty());
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
