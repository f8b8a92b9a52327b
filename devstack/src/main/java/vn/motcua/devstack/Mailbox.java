package vn.motcua.devstack;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Reads a devstack mailbox over IMAP, the way a person with a mail client would. */
public final class Mailbox {

    private Mailbox() {
    }

    /** The messages in address's inbox, copied so that they stay readable after the connection closes. */
    public static List<MimeMessage> read(String host, int imapPort, String address) {
        Properties properties = new Properties();
        properties.setProperty("mail.imap.connectiontimeout", "5000");
        properties.setProperty("mail.imap.timeout", "5000");
        Session session = Session.getInstance(properties);
        // Authentication is off on the devstack's server: the address logs in with any password.
        try (Store store = session.getStore("imap")) {
            store.connect(host, imapPort, address, "any");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                List<MimeMessage> messages = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    messages.add(new MimeMessage((MimeMessage) message));
                }
                return messages;
            } finally {
                inbox.close(false);
            }
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot read the mailbox " + address + " on " + host + ":" + imapPort, e);
        }
    }
}
