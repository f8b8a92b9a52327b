package vn.motcua.intake.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dossier codes {@code {receivingAgencyCode}-{yyMMdd}-{NNNN}}; the sequence restarts daily per receiving agency. */
public final class DossierCode {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private DossierCode() {
    }

    /** Four digits at least; a counter receiving more than 9,999 dossiers a day simply gets longer codes. */
    public static String of(String agencyCode, LocalDate day, int sequence) {
        return agencyCode + "-" + DAY.format(day) + "-" + String.format("%04d", sequence);
    }
}
