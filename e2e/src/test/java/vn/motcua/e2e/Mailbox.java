package vn.motcua.e2e;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import vn.motcua.devstack.Devstack;

/** The devstack's SMTP server seen as mailboxes: what each address has received. */
final class Mailbox {
    private final Devstack devstack;

    Mailbox(Devstack devstack) {
        this.devstack = devstack;
    }

    /** The messages in {@code address}'s mailbox (one copy per mailbox, so each sent message once). */
    List<MimeMessage> to(String address) {
        return devstack.mail().orElseThrow().receivedMessagesFor(address);
    }

    /** Waits until {@code address} has at least {@code count} messages. */
    List<MimeMessage> await(String address, int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            List<MimeMessage> messages = to(address);
            if (messages.size() >= count) {
                return messages;
            }
            pause(250);
        }
        throw new AssertionError("expected " + count + " mail(s) to " + address + " within " + timeout + ", got "
                + to(address).size());
    }

    /** The messages of {@code address} once nothing new has arrived for {@code quiet}: to prove "exactly once". */
    List<MimeMessage> settle(String address, Duration quiet) {
        pause(quiet.toMillis());
        return to(address);
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded plain text of a message (its text/plain part when it has alternatives). */
    static String text(MimeMessage message) {
        try {
            return text((Part) message);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("unreadable message: " + e.getMessage(), e);
        }
    }

    private static String text(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof String text) {
            return text;
        }
        if (content instanceof Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                if (child.isMimeType("text/plain") || child.isMimeType("multipart/*")) {
                    all.append(text(child));
                }
            }
            return all.toString();
        }
        return "";
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
