package vn.motcua.portalsync.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import vn.motcua.devstack.PortalStub;

/** devstack's portal stub on a free port, the service pointed at it; tests reach it over HTTP ({@link Portal}). */
public final class PortalStubResource implements QuarkusTestResourceLifecycleManager {
    public static final String URL_PROPERTY = "vn.motcua.portalsync.test.stub";
    public static final String AUTHORIZATION = "Bearer test-portal-token";

    private PortalStub stub;

    @Override
    public Map<String, String> start() {
        stub = PortalStub.start(0, AUTHORIZATION);
        System.setProperty(URL_PROPERTY, stub.url());
        return Map.of("motcua.portal.url", stub.url(), "motcua.portal.authorization", AUTHORIZATION,
                "motcua.portal.agency-code", "000.00.00.H56");
    }

    @Override
    public void stop() {
        if (stub != null) {
            stub.close();
        }
    }
}
