package vn.motcua.notification.support;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.testkit.Polling;

/** Mail as a recipient sees it: the devstack mailbox read over IMAP, filtered by a dossier code in the subject. */
public final class Mails {
    private Mails() {
    }

    public static List<MimeMessage> about(String address, String dossierCode) {
        return DevstackTestResource.receivedMessages(address).stream().filter(m -> subject(m).contains(dossierCode)).toList();
    }

    /** Waits until {@code count} mails about the dossier are in the mailbox. */
    public static List<MimeMessage> await(String address, String dossierCode, int count) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            List<MimeMessage> found = about(address, dossierCode);
            if (found.size() >= count) {
                return found;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("expected " + count + " mail(s) about " + dossierCode + " for " + address
                        + ", got " + found.size());
            }
            Polling.pause(300);
        }
    }

    public static String subject(MimeMessage m) {
        try {
            return m.getSubject() == null ? "" : m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The body part of the given type ("text/plain" or "text/html"). */
    public static String part(MimeMessage message, String type) {
        try {
            String found = find(message, type);
            if (found == null) {
                throw new AssertionError("no " + type + " part");
            }
            return found;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String find(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type)) {
            return part.getContent().toString();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = find(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
