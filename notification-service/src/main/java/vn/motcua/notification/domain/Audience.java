package vn.motcua.notification.domain;

import vn.motcua.events.NoticeKind;

/** Who a kind of notice is for: the citizen (a letter) or staff (an alert). */
public enum Audience {
    CITIZEN, STAFF;

    public static Audience of(NoticeKind kind) {
        return switch (kind) {
            case APOLOGY, AUTO_APOLOGY, OVERDUE_NOTICE, RESULT_NOTICE -> CITIZEN;
            case STAFF_DEADLINE_ALERT, ESCALATION -> STAFF;
        };
    }
}
