package vn.motcua.notification.application.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
import vn.motcua.support.privacy.Mask;
import vn.motcua.support.time.VnFormat;
import vn.motcua.support.time.VnTime;

/**
 * The delivery of one notice, in steps that each commit: {@link #claimNext} picks the current channel (skipping
 * disabled ones, holding SMS and Zalo through quiet hours, FAILED with NoticeFailed when none is left) and commits
 * the attempt as SENDING; the channel is called outside any transaction; {@link #record} stores its answer (sent →
 * SENT and NoticeSent; transient → retry with backoff; refused or exhausted → next channel). An attempt cut off by a
 * crash stays SENDING and is settled by {@link #resolveInterrupted}: an e-mail is looked up in the sent archive by
 * its Message-ID, a gateway message is sent again under the same idempotency key — a citizen never gets it twice.
 */
@ApplicationScoped
public class NoticeDelivery {
    private static final Logger LOG = Logger.getLogger(NoticeDelivery.class);

    private final NoticeRepository notices;
    private final DeliveryAttemptRepository log;
    private final OutcomePublisher outcomes;
    private final SentArchive archive;
    private final Map<ContactChannel, ChannelSender> senders = new EnumMap<>(ContactChannel.class);
    private final QuietHours quietHours;
    private final RetryPolicy retry;
    private final Duration resolveAfter;
    private final String messageIdDomain;
    private final Clock clock;

    public NoticeDelivery(NoticeRepository notices, DeliveryAttemptRepository log, OutcomePublisher outcomes,
            SentArchive archive, Instance<ChannelSender> senders, NotificationConfig config, Clock clock) {
        this.notices = notices;
        this.log = log;
        this.outcomes = outcomes;
        this.archive = archive;
        senders.forEach(s -> this.senders.put(s.channel(), s));
        this.quietHours = new QuietHours(config.quietHours().start(), config.quietHours().end(), VnTime.ZONE);
        this.retry = new RetryPolicy(config.delivery().maxAttempts(), config.delivery().backoff(),
                config.delivery().maxBackoff());
        this.resolveAfter = config.delivery().resolveAfter();
        this.messageIdDomain = config.delivery().messageIdDomain();
        this.clock = clock;
    }

    /** An attempt committed as SENDING: the notice as it was then, and the channel to call. */
    public record Attempt(UUID noticeId, int attemptNo, ContactChannel channel, ChannelSender sender, Notice notice) {
    }

    /** What claiming found: nothing due, a notice settled without sending (skipped, held, failed), or an attempt. */
    public record Claim(boolean found, Attempt attempt) {
        static final Claim NONE = new Claim(false, null);
        static final Claim SETTLED = new Claim(true, null);
    }

    /** Step 1: locks the next due notice (SKIP LOCKED: one worker per notice) and commits its next step. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Claim claimNext() {
        Instant now = clock.instant();
        return notices.lockNextDue(now).map(n -> prepare(n, now)).orElse(Claim.NONE);
    }

    /** Step 3: the channel's answer, unless the attempt was resolved meanwhile. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(Attempt a, SendResult result) {
        Instant now = clock.instant();
        Notice n = notices.findById(a.noticeId(), LockModeType.PESSIMISTIC_WRITE);
        if (n.status != NoticeStatus.SENDING || n.attempts != a.attemptNo()) {
            LOG.infof("attempt %d of notice %s was settled meanwhile (%s)", a.attemptNo(), n.id, n.status);
            return;
        }
        if (result.outcome() == SendResult.Outcome.UNKNOWN) {
            LOG.warnf("%s of %s: no answer from %s (%s); resolved after %s", n.kind, n.dossierCode, a.channel(),
                    Mask.text(result.error()), resolveAfter);
            return;
        }
        String masked = a.sender().maskedRecipient(n);
        if (result.outcome() == SendResult.Outcome.SENT) {
            sent(n, a.channel(), masked, now, a.sender().content(n), AttemptResult.SENT);
            return;
        }
        String error = Mask.text(result.error());
        n.lastError = truncate(a.channel() + ": " + error);
        if (result.outcome() == SendResult.Outcome.TRANSIENT && !retry.exhausted(n.channelAttempts)) {
            waitUntil(n, now.plus(retry.delayAfter(n.channelAttempts)));
            record(n, a.channel(), now, AttemptResult.RETRY, masked, error, a.sender().content(n));
            return;
        }
        record(n, a.channel(), now, AttemptResult.FAILED, masked, error, a.sender().content(n));
        nextChannel(n);
        waitUntil(n, now);
    }

    /** Settles attempts left SENDING for longer than {@code resolve-after}; returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int resolveInterrupted() {
        Instant now = clock.instant();
        List<Notice> stuck = notices.lockSendingSince(now.minus(resolveAfter));
        for (Notice n : stuck) {
            ContactChannel channel = n.plan().get(n.channelIndex);
            ChannelSender sender = senders.get(channel);
            String masked = sender == null ? null : sender.maskedRecipient(n);
            String content = sender == null ? null : sender.content(n);
            if (channel != ContactChannel.EMAIL) {
                // gateways take the same idempotency key again: a message they had accepted is not sent twice
                record(n, channel, now, AttemptResult.INTERRUPTED, masked, "cut off; sent again under the same key", content);
                waitUntil(n, now);
                continue;
            }
            Optional<Boolean> accepted = archive.holds(n.messageId);
            if (accepted.isEmpty() && archive.address().isPresent()) {
                continue; // the archive cannot be read now: try again on the next pass
            }
            if (accepted.orElse(true)) {
                String note = accepted.isPresent() ? null : "cut off while sending; unconfirmed (no sent archive)";
                n.lastError = note;
                sent(n, channel, masked, now, content, AttemptResult.CONFIRMED);
            } else {
                record(n, channel, now, AttemptResult.INTERRUPTED, masked, "cut off before the server accepted it", content);
                waitUntil(n, now);
            }
        }
        return stuck.size();
    }

    private Claim prepare(Notice n, Instant now) {
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
                return Claim.SETTLED;
            }
            n.attempts++;
            n.channelAttempts++;
            n.status = NoticeStatus.SENDING;
            n.sendingSince = now;
            n.messageId = channel == ContactChannel.EMAIL
                    ? "<" + n.id + "." + n.attempts + "@" + messageIdDomain + ">"
                    : n.id + ":" + channel;
            return new Claim(true, new Attempt(n.id, n.attempts, channel, sender, n));
        }
        n.status = NoticeStatus.FAILED;
        n.lookupPin = null;
        n.lastError = n.lastError == null ? "no configured channel reaches the recipient" : n.lastError;
        LOG.warnf("%s episode %d of %s failed on every channel: %s", n.kind, n.episode, n.dossierCode, n.lastError);
        outcomes.failed(n, now);
        return Claim.SETTLED;
    }

    private void sent(Notice n, ContactChannel channel, String masked, Instant now, String content, AttemptResult how) {
        n.status = NoticeStatus.SENT;
        n.lookupPin = null; // delivered: the secret is not kept longer than needed
        n.channel = channel;
        n.sentAt = now;
        n.sendingSince = null;
        record(n, channel, now, how, masked, n.lastError, content);
        LOG.infof("%s episode %d of %s sent by %s to %s", n.kind, n.episode, n.dossierCode, channel, masked);
        outcomes.sent(n, masked, now);
    }

    private static void waitUntil(Notice n, Instant at) {
        n.status = NoticeStatus.PENDING;
        n.sendingSince = null;
        n.nextAttemptAt = at;
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
