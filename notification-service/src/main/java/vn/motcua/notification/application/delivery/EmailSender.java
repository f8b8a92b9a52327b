package vn.motcua.notification.application.delivery;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.stream.Collectors;
import vn.motcua.events.ContactChannel;
import vn.motcua.notification.domain.Notice;
import vn.motcua.support.privacy.Mask;

/** E-mail over SMTP: the HTML letter with its plain-text alternative; the counter is copied on citizen letters. */
@ApplicationScoped
public class EmailSender implements ChannelSender {
    private final Mailer mailer;

    public EmailSender(Mailer mailer) {
        this.mailer = mailer;
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
                .setHtml(notice.bodyHtml).setText(notice.bodyText);
        try {
            mailer.send(mail);
            return SendResult.sent();
        } catch (RuntimeException e) {
            // SMTP outages and refusals alike: retried with backoff, then the next channel.
            return SendResult.transientFailure("SMTP: " + e.getMessage());
        }
    }
}
