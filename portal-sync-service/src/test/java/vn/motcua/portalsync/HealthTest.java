package vn.motcua.portalsync;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.portalsync.support.PortalStubResource;
import vn.motcua.testkit.ServiceHealthContract;

/** Readiness, OpenAPI, metrics and the token on /api, as every service promises them. */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "portalsync"))
@QuarkusTestResource(PortalStubResource.class)
class HealthTest extends ServiceHealthContract {

    @Override
    protected String serviceName() {
        return "portal-sync-service";
    }
}
