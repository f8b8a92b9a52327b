package vn.motcua.processing.api;

import io.vertx.core.http.HttpServerRequest;

/** The client's IP address, which the public lookup's limits count by. */
final class ClientAddress {
    private ClientAddress() {
    }

    /** Behind a trusted proxy Quarkus already resolved X-Forwarded-For into the remote address. */
    static String of(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }
}
