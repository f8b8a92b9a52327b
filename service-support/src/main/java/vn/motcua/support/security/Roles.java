package vn.motcua.support.security;

/** The roles of the platform, as carried in the token's {@code groups} claim. */
public final class Roles {
    public static final String CLERK = "clerk";
    public static final String OFFICER = "officer";
    public static final String LEADER = "leader";
    public static final String OPERATOR = "operator";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
