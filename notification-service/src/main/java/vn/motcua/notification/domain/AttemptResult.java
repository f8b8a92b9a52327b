package vn.motcua.notification.domain;

/** Outcome of one delivery attempt on one channel. */
public enum AttemptResult {
    /** Delivered. */
    SENT,
    /** Transient failure: the same channel is tried again after a backoff. */
    RETRY,
    /** The channel gave up (permanent error or attempts exhausted): fall back to the next one. */
    FAILED,
    /** Not tried: the channel is disabled or cannot reach the recipient. */
    SKIPPED,
    /** Quiet hours: held until they end. */
    HELD,
    /** The service stopped while sending; the sent archive showed the letter had been accepted. */
    CONFIRMED,
    /** The service stopped while sending; the letter was not accepted, so it is sent again. */
    INTERRUPTED
}
