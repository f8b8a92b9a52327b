package vn.motcua.processing;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.configuration.InetSocketAddressConverter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;

/**
 * The trusted proxies are addresses, never host names: Quarkus looks a name up in DNS on every request before routing
 * it (a bare "::1" was read as host ":" and stalled one request in three for the resolver's 5 s timeout).
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "processing"))
class TrustedProxiesTest {
    @Test
    void everyTrustedProxyIsAnAddressOrANetwork() {
        List<String> proxies = ConfigProvider.getConfig().getValues("quarkus.http.proxy.trusted-proxies", String.class);

        assertThat(proxies).isNotEmpty().allSatisfy(proxy -> assertThat(
                proxy.matches(".+/\\d+") || !new InetSocketAddressConverter().convert(proxy).isUnresolved())
                .as("%s is an IP address or a CIDR", proxy).isTrue());
    }
}
