package vn.motcua.portalsync;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.portalsync.support.PortalStubResource;
import vn.motcua.testkit.OpenApiContract;

/** The API contract every service promises (and target/openapi/ for the lint). */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "portalsync"))
@QuarkusTestResource(PortalStubResource.class)
class OpenApiTest extends OpenApiContract {

    @Override
    protected String serviceName() {
        return "portal-sync-service";
    }
}
