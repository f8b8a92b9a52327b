package vn.motcua.intake.domain;

import java.util.regex.Pattern;

/** The shapes of the identifiers intake accepts (docs/domain.md § Identifiers). */
public final class Codes {
    /**
     * QCVN 102:2016/BTTTT agency code, most specific group first: up to three groups of 2-3 digits or
     * capital letters, then the level-1 unit (a capital letter and two digits: G = ministry, H = province
     * family), e.g. {@code G12}, {@code 000.00.17.H56}, {@code 000.17.22.H56}.
     */
    public static final String AGENCY = "^(?:[0-9A-Z]{2,3}\\.){0,3}[A-Z][0-9]{2}$";
    public static final String AGENCY_RULE = "must be a QCVN 102 agency code such as G12 or 000.17.22.H56";

    /** Procedure code N.NNNNNN with an optional local suffix, e.g. {@code 1.000948} or {@code 1.000948.H38}. */
    public static final String PROCEDURE = "^[0-9]\\.[0-9]{6}(?:\\.[0-9A-Z]{1,10})?$";
    public static final String PROCEDURE_RULE = "must be a procedure code N.NNNNNN, optionally with a local suffix (1.000948.H38)";

    /**
     * 12-digit personal ID (CCCD): province of birth registration 001-096, century/gender digit 0-5,
     * two digits of the birth year, six digits.
     */
    public static final String PERSONAL_ID = "^0(?:0[1-9]|[1-8][0-9]|9[0-6])[0-5][0-9]{8}$";
    public static final String PERSONAL_ID_RULE = "must be a 12-digit personal ID: province code 001-096, "
            + "century/gender digit 0-5, 2-digit birth year, 6 digits";

    /** Organisation tax code: 10 digits, or 10-3 for a dependent unit. */
    public static final String TAX_CODE = "^[0-9]{10}(?:-[0-9]{3})?$";
    public static final String TAX_CODE_RULE = "must be a tax code of 10 digits or 10-3 digits";

    /** Vietnamese phone number: 0 and 9 digits, or +84 and 9 digits. */
    public static final String PHONE = "^(?:0[0-9]{9}|\\+84[0-9]{9})$";
    public static final String PHONE_RULE = "must be a Vietnamese phone number 0xxxxxxxxx or +84xxxxxxxxx";

    /** Calendar ids are short slugs. */
    public static final String CALENDAR_ID = "^[a-z0-9][a-z0-9.-]{0,99}$";

    private static final Pattern AGENCY_PATTERN = Pattern.compile(AGENCY);

    private Codes() {
    }

    public static boolean isAgencyCode(String code) {
        return code != null && AGENCY_PATTERN.matcher(code).matches();
    }
}
