package vn.motcua.notification.application.delivery;

/** What a channel made of one attempt: sent, failed for now (retry), or failed for good on that channel. */
public record SendResult(Outcome outcome, String error) {

    /** The three kinds of answer a channel gives. */
    public enum Outcome { SENT, TRANSIENT, PERMANENT }

    public static SendResult sent() {
        return new SendResult(Outcome.SENT, null);
    }

    public static SendResult transientFailure(String error) {
        return new SendResult(Outcome.TRANSIENT, error);
    }

    public static SendResult permanentFailure(String error) {
        return new SendResult(Outcome.PERMANENT, error);
    }
}
