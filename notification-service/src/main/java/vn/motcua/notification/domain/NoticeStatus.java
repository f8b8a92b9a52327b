package vn.motcua.notification.domain;

/**
 * Where a notice stands: waiting for an attempt, held by quiet hours, being sent (committed before the channel is
 * called, so a crash leaves a trace that is resolved rather than sent twice), delivered, or failed on every channel.
 */
public enum NoticeStatus {
    PENDING, HELD, SENDING, SENT, FAILED
}
