package vn.motcua.devstack;

/** Thrown when a port the devstack needs is taken; the message names the port and how to change it. */
public final class PortInUseException extends IllegalStateException {

    private final int port;

    public PortInUseException(int port, String server, String envVar) {
        super("Port " + port + " for " + server + " is already in use by another process; stop it or set "
                + envVar + " to a free port.");
        this.port = port;
    }

    public int port() {
        return port;
    }
}
