package vn.motcua.processing.application;

/**
 * An item of a batch was refused, so the whole batch is: {@code index} is its position in the request, the cause
 * what refused it (a {@code ProblemException} or one of the domain's refusals), for the API to name the item's field.
 */
public class BatchItemRefused extends RuntimeException {
    private final int index;

    public BatchItemRefused(int index, RuntimeException reason) {
        super(reason.getMessage(), reason);
        this.index = index;
    }

    public int index() {
        return index;
    }

    public RuntimeException reason() {
        return (RuntimeException) getCause();
    }
}
