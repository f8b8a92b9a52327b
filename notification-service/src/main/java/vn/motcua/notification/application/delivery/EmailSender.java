package vn.motcua.notification.application.delivery;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.TimeoutException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.stream.Collectors;
import vn.motcua.events.ContactChannel;
import vn.motcua.notification.config.NotificationConfig;
import vn.motcua.notification.domain.Notice;
import vn.motcua.support.privacy.Mask;

/**
 * E-mail over SMTP: the HTML letter with its plain-text alternative (the lookup PIN in place of its placeholder:
 * only the mail shows it, the delivery log keeps {@link #content} as stored); the counter is copied on citizen letters, the
 * sent archive (when configured) gets a blind copy. Each attempt carries its own Message-ID; an answer that does not
 * come within {@code send-timeout} leaves the attempt to be resolved against the archive.
 */
@ApplicationScoped
public class EmailSender implements ChannelSender {
    private final ReactiveMailer mailer;
    private final SentArchive archive;
    private final Duration timeout;

    public EmailSender(ReactiveMailer mailer, SentArchive archive, NotificationConfig config) {
        this.mailer = mailer;
        this.archive = archive;
        this.timeout = config.delivery().sendTimeout();
    }

    @Override
    public ContactChannel channel() {
        return ContactChannel.EMAIL;
    }

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public String maskedRecipient(Notice notice) {
        return notice.emailRecipients().stream().map(Mask::email).collect(Collectors.joining(", "));
    }

    @Override
    public String content(Notice notice) {
        return notice.subject + "\n\n" + notice.bodyText;
    }

    @Override
    public SendResult send(Notice notice) {
        if (notice.emailRecipients().isEmpty()) {
            return SendResult.permanentFailure("no e-mail address");
        }
        Mail mail = new Mail().setTo(notice.emailRecipients()).setCc(notice.emailCopies()).setSubject(notice.subject)
                .setHtml(notice.revealPin(notice.bodyHtml)).setText(notice.revealPin(notice.bodyText))
                .addHeader("Message-ID", notice.messageId);
        archive.address().ifPresent(mail::addBcc);
        try {
            mailer.send(mail).await().atMost(timeout);
            return SendResult.sent();
        } catch (TimeoutException e) {
            return SendResult.unknown("SMTP: no answer within " + timeout);
        } catch (RuntimeException e) {
            // an SMTP refusal or an unreachable server: the message was not accepted; retried, then the next channel
            return SendResult.transientFailure("SMTP: " + e.getMessage());
        }
    }
}
