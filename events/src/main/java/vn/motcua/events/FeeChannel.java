package vn.motcua.events;

/** How a fee or charge was paid: online (through the national portal's payment platform) or at a counter or bank. */
public enum FeeChannel {
    ONLINE, OFFLINE
}
