package vn.motcua.testkit;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The management interface of the service under test (health, metrics, the OpenAPI document), on a port of its own
 * that {@code quarkus.management.test-port=0} picks at random; the public port serves no {@code /q}.
 */
public final class Management {

    private Management() {
    }

    /** e.g. {@code http://localhost:41234/q}, the management interface's root as Quarkus resolved it. */
    public static String url() {
        return ConfigProvider.getConfig().getValue("test.management.url", String.class);
    }

    /** A request to the management interface, paths as operators see them: {@code given().get("/q/health/ready")}. */
    public static RequestSpecification given() {
        URI root = URI.create(url());
        return RestAssured.given().baseUri(root.getScheme() + "://" + root.getHost()).port(root.getPort());
    }
}
