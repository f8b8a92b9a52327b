package vn.motcua.processing.api;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/** The key the public lookup's limits count a client by ({@link TrustedProxies}). */
final class ClientAddress {
    private ClientAddress() {
    }

    /**
     * From the TCP peer (the connection's address: Quarkus's forwarding replaces the request's remote address with
     * the leftmost X-Forwarded-For hop, which the client writes) and every X-Forwarded-For header.
     */
    static String of(HttpServerRequest request, TrustedProxies proxies) {
        SocketAddress peer = request.connection() == null ? request.remoteAddress()
                : request.connection().remoteAddress();
        return proxies.clientKey(peer == null ? null : peer.hostAddress(), request.headers().getAll("X-Forwarded-For"));
    }
}
