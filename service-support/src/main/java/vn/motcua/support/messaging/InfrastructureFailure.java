package vn.motcua.support.messaging;

/** An event could not be handled because the database or the broker failed; the consumer backs off and retries. */
public class InfrastructureFailure extends RuntimeException {

    public InfrastructureFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
