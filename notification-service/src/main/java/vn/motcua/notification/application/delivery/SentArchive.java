package vn.motcua.notification.application.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.HeaderTerm;
import java.util.Optional;
import java.util.Properties;
import vn.motcua.notification.config.NotificationConfig;

/** The sent archive (see {@link NotificationConfig.SentArchive}): was the e-mail with this Message-ID accepted? */
@ApplicationScoped
public class SentArchive {
    private final NotificationConfig.SentArchive config;

    public SentArchive(NotificationConfig config) {
        this.config = config.delivery().sentArchive();
    }

    /** The blind-copy address, when an archive is configured. */
    public Optional<String> address() {
        return config.address().filter(a -> config.imapHost().isPresent());
    }

    /** True or false when the archive answered; empty when there is no archive or it cannot be read now. */
    public Optional<Boolean> holds(String messageId) {
        if (address().isEmpty() || messageId == null) {
            return Optional.empty();
        }
        Properties props = new Properties();
        props.put("mail.imap.connectiontimeout", "5000");
        props.put("mail.imap.timeout", "10000");
        try {
            Store store = Session.getInstance(props).getStore("imap");
            store.connect(config.imapHost().orElseThrow(), config.imapPort(), config.user().orElse(address().get()),
                    config.password().orElse(""));
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                try {
                    return Optional.of(contains(inbox, messageId));
                } finally {
                    inbox.close(false);
                }
            } finally {
                store.close();
            }
        } catch (MessagingException e) {
            return Optional.empty();
        }
    }

    private static boolean contains(Folder inbox, String messageId) throws MessagingException {
        return inbox.search(new HeaderTerm("Message-ID", messageId)).length > 0;
    }
}
