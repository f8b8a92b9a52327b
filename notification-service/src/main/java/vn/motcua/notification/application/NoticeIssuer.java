package vn.motcua.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.motcua.events.ContactChannel;
import vn.motcua.events.NoticeKind;
import vn.motcua.notification.config.NotificationConfig;
import vn.motcua.notification.domain.Audience;
import vn.motcua.notification.domain.ChannelPlan;
import vn.motcua.notification.domain.Notice;
import vn.motcua.notification.persistence.NoticeRepository;
import vn.motcua.notification.persistence.SerialNumbers;
import vn.motcua.support.time.VnTime;

/**
 * Creates a notice row in the consumer's transaction, once per (dossier, episode, kind): the unique
 * key turns any redelivery or second trigger into a no-op. Nothing is sent here: the delivery
 * worker sends from the committed row.
 */
@ApplicationScoped
public class NoticeIssuer {
    private static final Logger LOG = Logger.getLogger(NoticeIssuer.class);

    private final NoticeRepository notices;
    private final SerialNumbers serials;
    private final NoticeRenderer renderer;
    private final NotificationConfig.Channels channels;
    private final Clock clock;

    public NoticeIssuer(NoticeRepository notices, SerialNumbers serials, NoticeRenderer renderer, NotificationConfig config,
            Clock clock) {
        this.notices = notices;
        this.serials = serials;
        this.renderer = renderer;
        this.channels = config.channels();
        this.clock = clock;
    }

    /** Issues the notice unless one with the same key exists; returns the new notice's id. */
    Optional<UUID> issue(NoticeDraft draft) {
        Instant now = clock.instant();
        Optional<UUID> claimed = notices.claim(draft.dossierCode(), draft.episode(), draft.kind(), draft.agencyCode(),
                draft.accessPath(), now);
        if (claimed.isEmpty()) {
            LOG.debugf("%s episode %d of %s exists already: nothing to issue", draft.kind(), draft.episode(), draft.dossierCode());
            return claimed;
        }
        Notice notice = notices.findById(claimed.get());
        fill(notice, draft, now);
        renderer.render(notice, draft, now);
        LOG.infof("issued %s episode %d for %s via %s", draft.kind(), draft.episode(), draft.dossierCode(), notice.channelPlan);
        return claimed;
    }

    private void fill(Notice notice, NoticeDraft draft, Instant now) {
        notice.reason = draft.reason();
        notice.originalDueAt = draft.originalDueAt();
        notice.newDueAt = draft.newDueAt();
        List<ContactChannel> plan;
        if (Audience.of(draft.kind()) == Audience.CITIZEN) {
            int year = VnTime.dateOf(now).getYear();
            notice.serialNumber = serials.next(draft.agencyCode(), year) + "/" + year + "/" + serialSuffix(draft.kind());
            notice.recipientName = draft.citizen().fullName();
            notice.emailTo = blankToNull(draft.citizen().email());
            notice.emailCc = draft.counterEmail();
            notice.phone = blankToNull(draft.citizen().phone());
            notice.lookupPin = draft.lookupPin();
            plan = ChannelPlan.of(order(draft.kind(), channels.citizen()), draft.citizen().preferredChannel(),
                    notice.emailTo != null, notice.phone != null);
        } else {
            notice.emailTo = String.join(",", draft.staffEmails());
            plan = ChannelPlan.of(order(draft.kind(), channels.staff()), ContactChannel.EMAIL, !draft.staffEmails().isEmpty(), false);
        }
        notice.channelPlan = ChannelPlan.format(plan);
        notice.nextAttemptAt = now;
    }

    private List<String> order(NoticeKind kind, List<String> fallback) {
        String override = channels.kind().get(kind.name());
        return override == null ? fallback : List.of(override.split(","));
    }

    /** Phiếu xin lỗi (apology, overdue notice) or thông báo (the result notice). */
    private static String serialSuffix(NoticeKind kind) {
        return kind == NoticeKind.RESULT_NOTICE ? "TB" : "PXL";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
