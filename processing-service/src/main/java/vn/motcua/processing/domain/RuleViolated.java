package vn.motcua.processing.domain;

/** A business rule forbids the action as asked (a conflict with the dossier's facts, not bad input). */
public class RuleViolated extends RuntimeException {
    private final String field;

    public RuleViolated(String field, String rule) {
        super(rule);
        this.field = field;
    }

    /** The request field the rule concerns, or null. */
    public String field() {
        return field;
    }
}
