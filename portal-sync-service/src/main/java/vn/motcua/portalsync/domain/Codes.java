package vn.motcua.portalsync.domain;

/** The shapes of the codes this service reads from settings and requests (as intake-service checks them). */
public final class Codes {
    public static final String AGENCY = "^(?:[0-9A-Z]{2,3}\\.){0,3}[A-Z][0-9]{2}$";
    public static final String AGENCY_RULE = "must be a QCVN 102 agency code such as G12 or 000.17.22.H56";
    public static final String DOSSIER = "^[0-9A-Z.]{1,40}-[0-9]{6}-[0-9]{4}$";
    /** A national procedure code (MaTTHC), N.NNNNNN with an optional local suffix. */
    public static final String PROCEDURE = "^[0-9]\\.[0-9]{6}(\\.[0-9A-Z]+)?$";

    private Codes() {
    }
}
