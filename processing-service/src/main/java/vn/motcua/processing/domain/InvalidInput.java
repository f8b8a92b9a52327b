package vn.motcua.processing.domain;

/** A request value is unacceptable whatever the dossier's state (e.g. an occurredAt in the future). */
public class InvalidInput extends RuntimeException {
    private final String field;

    public InvalidInput(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
