package vn.motcua.portalsync;

import org.junit.jupiter.api.Test;
import vn.motcua.testkit.ServiceArchitecture;

/** The shape every service shares (layers, no package cycles, a pure domain): see {@link ServiceArchitecture}. */
class ArchitectureTest {

    @Test
    void followsTheServiceShape() {
        ServiceArchitecture.check("vn.motcua.portalsync");
    }
}
