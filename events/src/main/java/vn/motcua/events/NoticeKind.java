package vn.motcua.events;

/** What a notice is about; at most one notice per (dossier, episode, kind). */
public enum NoticeKind {
    /** Apology with the new appointment the officer set (Phiếu xin lỗi và hẹn lại ngày trả kết quả). */
    APOLOGY,
    /** Apology issued automatically when episode 1 was missed without a reschedule. */
    AUTO_APOLOGY,
    /** The citizen is told that the new appointment was missed too and the case escalated. */
    OVERDUE_NOTICE,
    /** Staff alert: a deadline is approaching. */
    STAFF_DEADLINE_ALERT,
    /** Escalation to the agency's leader (and the supervising operator on episode 2). */
    ESCALATION,
    /**
     * The result was returned (status 10): the citizen is told so and invited to rate the service on the lookup page
     * (Decision 766/QĐ-TTg, satisfaction); once per dossier.
     */
    RESULT_NOTICE
}
