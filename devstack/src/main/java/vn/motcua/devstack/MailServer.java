package vn.motcua.devstack;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Arrays;
import java.util.List;

/**
 * GreenMail SMTP and IMAP on loopback. Authentication is off, so any mailbox can be read over IMAP
 * by logging in with its address and any password.
 */
public final class MailServer implements AutoCloseable {

    private static final Logger LOG = System.getLogger(MailServer.class.getName());
    private static final String LOOPBACK = "127.0.0.1";
    private static final long STARTUP_TIMEOUT_MS = 60_000;

    private final GreenMail greenMail;

    private MailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /** Ports 0 = free ones. */
    public static MailServer start(int smtpPort, int imapPort) {
        int smtp = Ports.resolve(smtpPort, "SMTP", DevstackConfig.SMTP_PORT_ENV);
        int imap = Ports.resolve(imapPort, "IMAP", DevstackConfig.IMAP_PORT_ENV);
        GreenMail greenMail = new GreenMail(new ServerSetup[] {
            patient(new ServerSetup(smtp, LOOPBACK, ServerSetup.PROTOCOL_SMTP)),
            patient(new ServerSetup(imap, LOOPBACK, ServerSetup.PROTOCOL_IMAP))})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        LOG.log(Level.INFO, "Mail started: SMTP localhost:{0,number,#}, IMAP localhost:{1,number,#} "
                + "(log in with the mailbox address, any password)", smtp, imap);
        return new MailServer(greenMail);
    }

    /**
     * GreenMail gives a server 2 s to come up; a loaded CI machine (two cores, a JVM warming up next to
     * PostgreSQL and Kafka) needed more, and the whole build failed on it.
     */
    private static ServerSetup patient(ServerSetup setup) {
        setup.setServerStartupTimeout(STARTUP_TIMEOUT_MS);
        return setup;
    }

    /** The running GreenMail, for assertions in the same JVM. */
    public GreenMail greenMail() {
        return greenMail;
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    public int imapPort() {
        return greenMail.getImap().getPort();
    }

    public List<MimeMessage> receivedMessages() {
        return Arrays.asList(greenMail.getReceivedMessages());
    }

    /** The messages in address's mailbox (Bcc included), oldest first; empty if none arrived. */
    public List<MimeMessage> receivedMessagesFor(String address) {
        GreenMailUser user = greenMail.getUserManager().getUserByEmail(address);
        if (user == null) {
            return List.of();
        }
        try {
            return greenMail.getManagers().getImapHostManager().getInbox(user).getMessages().stream()
                    .map(StoredMessage::getMimeMessage)
                    .toList();
        } catch (FolderException e) {
            throw new IllegalStateException("Cannot read the mailbox of " + address, e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
