package vn.motcua.devstack;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns the embedded servers' INFO chatter down to warnings; our own start-up lines stay. */
final class QuietLogging {

    // java.util.logging holds loggers weakly: without these references the levels would be forgotten.
    private static final List<Logger> QUIETED = List.of(
            Logger.getLogger("kafka"), Logger.getLogger("org.apache.kafka"),
            Logger.getLogger("state.change.logger"), Logger.getLogger("io.zonky"),
            Logger.getLogger("com.icegreen"));

    private QuietLogging() {
    }

    // Warnings that every normal start or stop of a single node logs (first activation, closing).
    private static final List<Logger> ROUTINE_WARNINGS = List.of(
            Logger.getLogger("org.apache.kafka.controller.QuorumController"),
            Logger.getLogger("kafka.server.NodeToControllerChannelManagerImpl"));

    static void apply() {
        QUIETED.forEach(logger -> logger.setLevel(Level.WARNING));
        ROUTINE_WARNINGS.forEach(logger -> logger.setLevel(Level.SEVERE));
    }
}
