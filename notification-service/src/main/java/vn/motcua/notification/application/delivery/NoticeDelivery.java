package vn.motcua.notification.application.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import vn.motcua.events.ContactChannel;
import vn.motcua.notification.config.NotificationConfig;
import vn.motcua.notification.domain.AttemptResult;
import vn.motcua.notification.domain.DeliveryAttempt;
import vn.motcua.notification.domain.Notice;
import vn.motcua.notification.domain.NoticeStatus;
import vn.motcua.notification.domain.QuietHours;
import vn.motcua.notification.domain.RetryPolicy;
import vn.motcua.notification.persistence.DeliveryAttemptRepository;
import vn.motcua.notification.persistence.NoticeRepository;
import vn.motcua.support.time.VnFormat;
import vn.motcua.support.time.VnTime;

/**
 * One delivery step of one notice, in its own transaction holding the notice's row lock: try the
 * current channel; sent → SENT and NoticeSent; transient failure → retry later with backoff;
 * channel exhausted or refused → next channel; none left → FAILED and NoticeFailed. SMS and Zalo
 * wait out the quiet hours (HELD).
 */
@ApplicationScoped
public class NoticeDelivery {
    private static final Logger LOG = Logger.getLogger(NoticeDelivery.class);

    private final NoticeRepository notices;
    private final DeliveryAttemptRepository log;
    private final OutcomePublisher outcomes;
    private final Map<ContactChannel, ChannelSender> senders = new EnumMap<>(ContactChannel.class);
    private final QuietHours quietHours;
    private final RetryPolicy retry;
    private final Clock clock;

    public NoticeDelivery(NoticeRepository notices, DeliveryAttemptRepository log, OutcomePublisher outcomes,
            Instance<ChannelSender> senders, NotificationConfig config, Clock clock) {
        this.notices = notices;
        this.log = log;
        this.outcomes = outcomes;
        senders.forEach(s -> this.senders.put(s.channel(), s));
        this.quietHours = new QuietHours(config.quietHours().start(), config.quietHours().end(), VnTime.ZONE);
        this.retry = new RetryPolicy(config.delivery().maxAttempts(), config.delivery().backoff(),
                config.delivery().maxBackoff());
        this.clock = clock;
    }

    /** Delivers the next due notice, if any; false when none was due. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean deliverNext() {
        Instant now = clock.instant();
        return notices.lockNextDue(now).map(n -> {
            attempt(n, now);
            return true;
        }).orElse(false);
    }

    private void attempt(Notice n, Instant now) {
        List<ContactChannel> plan = n.plan();
        while (n.channelIndex < plan.size()) {
            ContactChannel channel = plan.get(n.channelIndex);
            ChannelSender sender = senders.get(channel);
            if (sender == null || !sender.enabled()) {
                record(n, channel, now, AttemptResult.SKIPPED, null, "channel disabled", null);
                nextChannel(n);
                continue;
            }
            if (channel != ContactChannel.EMAIL && quietHours.isQuiet(now)) {
                n.status = NoticeStatus.HELD;
                n.nextAttemptAt = quietHours.endOf(now);
                record(n, channel, now, AttemptResult.HELD, sender.maskedRecipient(n),
                        "quiet hours until " + VnFormat.dateTime(n.nextAttemptAt), null);
                return;
            }
            n.attempts++;
            n.channelAttempts++;
            SendResult result = sender.send(n);
            String masked = sender.maskedRecipient(n);
            if (result.outcome() == SendResult.Outcome.SENT) {
                sent(n, channel, masked, now, sender.content(n));
                return;
            }
            n.lastError = truncate(channel + ": " + result.error());
            if (result.outcome() == SendResult.Outcome.TRANSIENT && !retry.exhausted(n.channelAttempts)) {
                n.status = NoticeStatus.PENDING;
                n.nextAttemptAt = now.plus(retry.delayAfter(n.channelAttempts));
                record(n, channel, now, AttemptResult.RETRY, masked, result.error(), sender.content(n));
                return;
            }
            record(n, channel, now, AttemptResult.FAILED, masked, result.error(), sender.content(n));
            nextChannel(n);
        }
        n.status = NoticeStatus.FAILED;
        n.lastError = n.lastError == null ? "no configured channel reaches the recipient" : n.lastError;
        LOG.warnf("%s episode %d of %s failed on every channel: %s", n.kind, n.episode, n.dossierCode, n.lastError);
        outcomes.failed(n, now);
    }

    private void sent(Notice n, ContactChannel channel, String masked, Instant now, String content) {
        n.status = NoticeStatus.SENT;
        n.channel = channel;
        n.sentAt = now;
        record(n, channel, now, AttemptResult.SENT, masked, null, content);
        LOG.infof("%s episode %d of %s sent by %s to %s", n.kind, n.episode, n.dossierCode, channel, masked);
        outcomes.sent(n, masked, now);
    }

    private static void nextChannel(Notice n) {
        n.channelIndex++;
        n.channelAttempts = 0;
    }

    private void record(Notice n, ContactChannel channel, Instant at, AttemptResult result, String masked, String error,
            String content) {
        DeliveryAttempt a = new DeliveryAttempt();
        a.noticeId = n.id;
        a.attemptNo = n.attempts;
        a.channel = channel;
        a.attemptedAt = at;
        a.result = result;
        a.recipientMasked = masked;
        a.error = truncate(error);
        a.content = content;
        log.persist(a);
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
    }
}
