package vn.motcua.processing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.configuration.InetSocketAddressConverter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.processing.api.TrustedProxies;

/**
 * Whom the public lookup's limits count: the address the trusted proxy saw (X-Forwarded-For walked from the right,
 * trusted proxies skipped), never what a client wrote to its left nor the header of a peer that is no trusted proxy;
 * IPv6 by its /64. The trusted proxies are addresses, never host names: Quarkus looks a name up in DNS on every
 * request before routing it (a bare "::1" was read as host ":" and stalled one request in three for 5 s).
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "processing"))
class TrustedProxiesTest {
    private static final TrustedProxies PROXIES = new TrustedProxies(
            Optional.of(List.of("127.0.0.1", "[::1]", "10.0.0.0/8", "[2001:db8:ffff::/48]")));

    @Test
    void everyTrustedProxyIsAnAddressOrANetwork() {
        List<String> proxies = ConfigProvider.getConfig().getValues("quarkus.http.proxy.trusted-proxies", String.class);

        assertThat(proxies).isNotEmpty().allSatisfy(proxy -> assertThat(
                proxy.matches(".+/\\d+") || !new InetSocketAddressConverter().convert(proxy).isUnresolved())
                .as("%s is an IP address or a CIDR", proxy).isTrue());
    }

    @Test
    void theSpoofedLeftmostHopIsIgnored() {
        assertThat(PROXIES.clientKey("127.0.0.1", List.of("6.6.6.6, 203.0.113.7"))).isEqualTo("203.0.113.7");
    }

    @Test
    void theRightmostUntrustedHopIsTheClientWhateverTrustedProxiesFollow() {
        assertThat(PROXIES.clientKey("10.0.0.5", List.of("6.6.6.6, 203.0.113.7, 10.1.2.3"))).isEqualTo("203.0.113.7");
        // several headers count as one list, in order
        assertThat(PROXIES.clientKey("127.0.0.1", List.of("6.6.6.6", "203.0.113.8", "[2001:db8:ffff::1]:443")))
                .isEqualTo("203.0.113.8");
        // only proxies: the farthest one is the client
        assertThat(PROXIES.clientKey("127.0.0.1", List.of("10.9.9.9, 10.1.1.1"))).isEqualTo("10.9.9.9");
        assertThat(PROXIES.clientKey("127.0.0.1", List.of())).isEqualTo("127.0.0.1");
    }

    @Test
    void anUntrustedPeersHeaderIsIgnored() {
        assertThat(PROXIES.clientKey("198.51.100.9", List.of("203.0.113.7"))).isEqualTo("198.51.100.9");
        assertThat(PROXIES.clientKey("2001:db8:1:2::99", List.of("203.0.113.7"))).isEqualTo("2001:db8:1:2::/64");
    }

    @Test
    void aHopThatIsNoAddressStopsTheWalkAndIsNeverLookedUp() {
        assertThat(PROXIES.clientKey("127.0.0.1", List.of("203.0.113.7, unknown"))).isEqualTo("127.0.0.1");
        assertThat(PROXIES.clientKey("127.0.0.1", List.of("evil.example.com, 10.1.1.1"))).isEqualTo("10.1.1.1");
    }

    @Test
    void ipv6AddressesAreKeyedByTheirSlash64() {
        assertThat(PROXIES.clientKey("127.0.0.1", List.of("2001:db8:1:2::1")))
                .isEqualTo(PROXIES.clientKey("127.0.0.1", List.of("[2001:db8:1:2:ffff:ee:dd:cc]")))
                .isEqualTo("2001:db8:1:2::/64");
        assertThat(PROXIES.clientKey("127.0.0.1", List.of("2001:db8:1:3::1"))).isEqualTo("2001:db8:1:3::/64");
        // an IPv4-mapped address is the IPv4 client
        assertThat(PROXIES.clientKey("::ffff:127.0.0.1", List.of("::ffff:203.0.113.9"))).isEqualTo("203.0.113.9");
    }

    @Test
    void throughTheApiASpoofedLeftmostHopGivesNoFreshAllowance() {
        String code = Fixtures.receiveNew();
        String client = "10.78." + ThreadLocalRandom.current().nextInt(250) + "." + (ThreadLocalRandom.current()
                .nextInt(250) + 1);
        for (int i = 0; i < 10; i++) {
            lookup(code, "198.18.0." + (i + 1) + ", " + client).then().statusCode(200);
        }
        lookup(code, "198.18.0.99, " + client).then().statusCode(429);
        lookup(code, client + ", 198.18.1." + ThreadLocalRandom.current().nextInt(1, 250)).then().statusCode(200);
    }

    @Test
    void throughTheApiTwoIpv6AddressesOfOneSlash64ShareOneAllowance() {
        String code = Fixtures.receiveNew();
        String network = "2001:db8:" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff)) + ":"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff));
        for (int i = 0; i < 10; i++) {
            lookup(code, network + (i % 2 == 0 ? "::1" : ":abcd::" + Integer.toHexString(i + 2))).then().statusCode(200);
        }
        lookup(code, network + ":1234:5678:9abc:def0").then().statusCode(429);
        lookup(code, network.substring(0, network.lastIndexOf(':')) + ":0::1").then().statusCode(200);
    }

    private static io.restassured.response.Response lookup(String code, String forwardedFor) {
        return given().header("X-Forwarded-For", forwardedFor).get("/public/v1/dossiers/{code}?phoneLast4=5678", code);
    }
}
