package vn.motcua.notification.domain;

/** Where a notice stands: waiting for an attempt, held by quiet hours, delivered, or failed on every channel. */
public enum NoticeStatus {
    PENDING, HELD, SENT, FAILED
}
