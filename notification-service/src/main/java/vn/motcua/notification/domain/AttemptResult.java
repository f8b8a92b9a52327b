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
    HELD
}
