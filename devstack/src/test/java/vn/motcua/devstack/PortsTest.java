package vn.motcua.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** A taken port fails the start before anything runs, naming the port and the variable to change. */
class PortsTest {

    @Test
    void namesThePortAndItsVariable() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            DevstackConfig config = new DevstackConfig(null, 0, 0, 0, taken.getLocalPort(), 0,
                    true, true, true, DevstackConfig.SERVICE_DATABASES);

            PortInUseException error = assertThrows(PortInUseException.class, () -> Devstack.start(config));

            assertEquals(taken.getLocalPort(), error.port());
            assertTrue(error.getMessage().contains("Port " + taken.getLocalPort() + " for SMTP"), error.getMessage());
            assertTrue(error.getMessage().contains("DEVSTACK_SMTP_PORT"), error.getMessage());
        }
    }
}
