package vn.motcua.events.notification;

import java.time.Instant;
import java.util.UUID;
import vn.motcua.events.ContactChannel;
import vn.motcua.events.NoticeKind;

/** A notice reached a channel. {@code recipientMasked} is masked personal data; {@code newDueAt} set for apologies. */
public record NoticeSent(
        UUID noticeId,
        String dossierCode,
        Instant occurredAt,
        int episode,
        NoticeKind kind,
        ContactChannel channel,
        String recipientMasked,
        String reason,
        Instant newDueAt) implements NotificationOutcomeEvent {
}
