package vn.motcua.notification.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.motcua.events.ContactChannel;
import vn.motcua.events.NoticeKind;
import vn.motcua.notification.domain.Notice;
import vn.motcua.notification.domain.NoticeStatus;
import vn.motcua.support.privacy.Mask;
import vn.motcua.support.time.VnTime;

/** A notice as staff see it: what, to whom (masked), on which channel, where delivery stands. */
public record NoticeView(UUID id, String dossierCode, int episode, NoticeKind kind, NoticeStatus status,
        String serialNumber, String subject, String recipientMasked, List<ContactChannel> channelPlan,
        ContactChannel channel, String reason, OffsetDateTime originalDueAt, OffsetDateTime newDueAt, int attempts,
        OffsetDateTime nextAttemptAt, String lastError, OffsetDateTime createdAt, OffsetDateTime sentAt) {

    static NoticeView of(Notice n) {
        return new NoticeView(n.id, n.dossierCode, n.episode, n.kind, n.status, n.serialNumber, n.subject, recipient(n),
                n.plan(), n.channel, n.reason, VnTime.of(n.originalDueAt), VnTime.of(n.newDueAt), n.attempts,
                n.waiting() ? VnTime.of(n.nextAttemptAt) : null, n.lastError, VnTime.of(n.createdAt), VnTime.of(n.sentAt));
    }

    private static String recipient(Notice n) {
        if (n.channel == ContactChannel.SMS || n.channel == ContactChannel.ZALO || n.emailRecipients().isEmpty()) {
            return Mask.phone(n.phone);
        }
        return n.emailRecipients().stream().map(Mask::email).collect(Collectors.joining(", "));
    }
}
