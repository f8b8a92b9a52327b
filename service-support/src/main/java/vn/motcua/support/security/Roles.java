package vn.motcua.support.security;

/** The roles of the platform, as carried in the token's {@code groups} claim. */
public final class Roles {
    public static final String CLERK = "clerk";
    public static final String OFFICER = "officer";
    public static final String LEADER = "leader";
    public static final String OPERATOR = "operator";
    public static final String ADMIN = "admin";
    /** Imports a previous system's history (migrated dossiers and their transitions); no one else may. */
    public static final String MIGRATION = "migration";
    /** Every role of a platform user: a token with none of them reads nothing. */
    public static final String[] ANY = {CLERK, OFFICER, LEADER, OPERATOR, ADMIN};

    private Roles() {
    }
}
