package vn.motcua.processing.domain;

/** An officer recorded work beyond the {@link BackdatingWindow}: forbidden to them, allowed to a leader. */
public class BackdatingRefused extends RuntimeException {
    private final String field;
    private final String rule;

    public BackdatingRefused(String field, String message, String rule) {
        super(message);
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
