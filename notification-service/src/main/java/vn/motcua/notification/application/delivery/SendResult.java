package vn.motcua.notification.application.delivery;

/**
 * What a channel made of one attempt: sent, failed for now (retry), failed for good on that channel, or unknown
 * (no answer in time: the server may have accepted it, so the attempt is resolved rather than repeated).
 */
public record SendResult(Outcome outcome, String error) {

    /** The three kinds of answer a channel gives. */
    public enum Outcome { SENT, TRANSIENT, PERMANENT, UNKNOWN }

    public static SendResult sent() {
        return new SendResult(Outcome.SENT, null);
    }

    public static SendResult transientFailure(String error) {
        return new SendResult(Outcome.TRANSIENT, error);
    }

    public static SendResult unknown(String error) {
        return new SendResult(Outcome.UNKNOWN, error);
    }

    public static SendResult permanentFailure(String error) {
        return new SendResult(Outcome.PERMANENT, error);
    }
}
