package vn.motcua.bench;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The devstack's GreenMail mailboxes over plain IMAP (as deploy/local/try-it.sh reads them with curl: the user is the
 * address, any password): one connection per mailbox, asked {@code STATUS INBOX (MESSAGES)}. Plain sockets, so the
 * bench needs no mail library.
 */
final class Mailboxes {
    private static final Pattern MESSAGES = Pattern.compile("MESSAGES (\\d+)");

    private final String host;
    private final int port;

    Mailboxes(String host, int port) {
        this.host = host;
        this.port = port;
    }

    static Mailboxes local() {
        return new Mailboxes(Settings.get("BENCH_IMAP_HOST", "localhost"),
                Settings.getInt("BENCH_IMAP_PORT", Settings.getInt("DEVSTACK_IMAP_PORT", 3143)));
    }

    Mailbox open(String address) {
        return new Mailbox(address);
    }

    /**
     * One logged-in IMAP session on {@code address}'s mailbox, opened again when the server has closed it (GreenMail
     * drops sessions left idle while the bench waits for the apologies).
     */
    final class Mailbox implements Closeable {
        private final String address;
        private Socket socket;
        private BufferedReader in;
        private OutputStream out;
        private int tag;

        private Mailbox(String address) {
            this.address = address;
            connect();
        }

        private void connect() {
            try {
                socket = new Socket(host, port);
                in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                out = socket.getOutputStream();
                in.readLine(); // the server's greeting
                command("LOGIN \"" + address + "\" x");
            } catch (IOException e) {
                throw new UncheckedIOException("IMAP " + host + ":" + port + " for " + address, e);
            }
        }

        /** How many messages the inbox holds now. */
        int messages() {
            String answer;
            try {
                answer = command("STATUS INBOX (MESSAGES)");
            } catch (UncheckedIOException closed) {
                closeSocket();
                connect();
                answer = command("STATUS INBOX (MESSAGES)");
            }
            Matcher m = MESSAGES.matcher(answer);
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        }

        /** Sends one command and returns its untagged answers; fails unless the tagged answer is OK. */
        private String command(String command) {
            String t = "b" + ++tag;
            try {
                out.write((t + " " + command + "\r\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                StringBuilder untagged = new StringBuilder();
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.startsWith(t + " ")) {
                        if (!line.startsWith(t + " OK")) {
                            throw new IllegalStateException("IMAP " + command + ": " + line);
                        }
                        return untagged.toString();
                    }
                    untagged.append(line).append('\n');
                }
                throw new IOException("IMAP connection closed");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                command("LOGOUT");
            } catch (RuntimeException e) {
                // closing anyway
            }
            closeSocket();
        }

        private void closeSocket() {
            try {
                socket.close();
            } catch (IOException e) {
                // nothing to do
            }
        }
    }
}
