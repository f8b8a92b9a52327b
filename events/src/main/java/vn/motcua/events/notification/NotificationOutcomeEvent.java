package vn.motcua.events.notification;

import java.time.Instant;
import java.util.UUID;
import vn.motcua.events.NoticeKind;

/** What became of a notice, on {@code notification.outcome.v1} keyed by dossier code. */
public sealed interface NotificationOutcomeEvent permits NoticeSent, NoticeFailed {

    UUID noticeId();

    String dossierCode();

    Instant occurredAt();

    int episode();

    NoticeKind kind();
}
