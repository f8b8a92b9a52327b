package vn.motcua.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Free-port lookup and the up-front "is this port free" check. */
public final class Ports {

    private Ports() {
    }

    /** A port that was free a moment ago (the usual small race is acceptable for tests). */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port available", e);
        }
    }

    /** Resolves 0 to a free port; otherwise checks that the port is free and names envVar if not. */
    public static int resolve(int port, String server, String envVar) {
        if (port == 0) {
            return free();
        }
        requireFree(port, server, envVar);
        return port;
    }

    /**
     * Binds the wildcard address once: on Linux that fails while any process listens on the port,
     * whether on 127.0.0.1, ::1 or all interfaces, which is exactly what the servers would hit later
     * with a far less helpful message.
     */
    public static void requireFree(int port, String server, String envVar) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new PortInUseException(port, server, envVar);
        }
    }
}
