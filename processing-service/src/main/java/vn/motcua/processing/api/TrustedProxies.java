package vn.motcua.processing.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which client the public lookup's limits count: the address the nearest trusted proxy saw. X-Forwarded-For is
 * walked from the right (each proxy appends the peer it saw), skipping trusted proxies; the first untrusted hop is
 * the client. Anything to its left was written by the client and is ignored, and a peer that is no trusted proxy
 * is the client whatever header it sends. IPv6 clients are counted by their /64 (one host is given a whole /64 and
 * could rotate through it), IPv4 ones by the full address.
 */
@ApplicationScoped
public class TrustedProxies {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final List<Network> trusted;

    /** {@code proxies}: addresses or CIDRs, IPv6 in brackets (Quarkus's own {@code trusted-proxies} setting). */
    public TrustedProxies(@ConfigProperty(name = "quarkus.http.proxy.trusted-proxies") Optional<List<String>> proxies) {
        this.trusted = proxies.orElse(List.of()).stream().map(Network::parse).toList();
    }

    /** The allowance key of the client behind {@code peer} (the TCP peer) given its X-Forwarded-For values. */
    public String clientKey(String peer, List<String> forwardedFor) {
        Optional<InetAddress> direct = literal(peer);
        if (direct.isEmpty()) {
            return peer == null ? "unknown" : peer;
        }
        InetAddress client = direct.get();
        if (isTrusted(client)) {
            List<String> hops = hops(forwardedFor);
            for (int i = hops.size() - 1; i >= 0; i--) {
                Optional<InetAddress> hop = literal(hops.get(i));
                if (hop.isEmpty()) {
                    break; // not an address: the proxy that reported it is the last one we can vouch for
                }
                client = hop.get();
                if (!isTrusted(client)) {
                    break;
                }
            }
        }
        return key(client);
    }

    boolean isTrusted(InetAddress address) {
        return trusted.stream().anyMatch(n -> n.contains(address));
    }

    /** IPv4: the address; IPv6: its /64 network, e.g. {@code 2001:db8:1:2::/64}. */
    static String key(InetAddress address) {
        if (address.getAddress().length == 4) {
            return address.getHostAddress();
        }
        byte[] a = address.getAddress();
        StringBuilder network = new StringBuilder();
        for (int group = 0; group < 4; group++) {
            network.append(Integer.toHexString(((a[2 * group] & 0xff) << 8) | (a[2 * group + 1] & 0xff))).append(':');
        }
        return network.append(":/64").toString();
    }

    private static List<String> hops(List<String> headers) {
        List<String> hops = new ArrayList<>();
        if (headers != null) {
            for (String header : headers) {
                for (String hop : header.split(",")) {
                    if (!hop.isBlank()) {
                        hops.add(hop.trim());
                    }
                }
            }
        }
        return hops;
    }

    /** An IP literal (IPv6 possibly in brackets, either with a port), never a name: no DNS lookup per request. */
    static Optional<InetAddress> literal(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim();
        if (v.startsWith("[")) {
            int end = v.indexOf(']');
            v = end < 0 ? "" : v.substring(1, end);
        } else if (v.indexOf(':') > 0 && v.indexOf(':') == v.lastIndexOf(':')) {
            v = v.substring(0, v.indexOf(':')); // IPv4 with a port
        }
        int zone = v.indexOf('%');
        if (zone >= 0) {
            v = v.substring(0, zone);
        }
        if (!IPV4.matcher(v).matches() && !IPV6.matcher(v).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(v));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** A trusted address or CIDR network. */
    record Network(byte[] address, int prefix) {
        /** E.g. {@code 10.0.0.0/8}, {@code 127.0.0.1}, {@code [::1]}, {@code [2001:db8::]/32}; a port is ignored. */
        static Network parse(String spec) {
            String s = spec.trim();
            String host = s;
            String bits = null;
            if (s.startsWith("[") && s.indexOf(']') > 0) {
                host = s.substring(1, s.indexOf(']'));
                String rest = s.substring(s.indexOf(']') + 1);
                bits = rest.startsWith("/") ? rest.substring(1) : null;
            }
            if (host.indexOf('/') >= 0) {
                bits = host.substring(host.indexOf('/') + 1);
                host = host.substring(0, host.indexOf('/'));
            }
            InetAddress address = literal(host).orElseThrow(() -> new IllegalArgumentException(
                    "a trusted proxy must be an IP address or a CIDR, IPv6 in brackets: " + spec));
            int length = address.getAddress().length * 8;
            int prefix;
            try {
                prefix = bits == null ? length : Integer.parseInt(bits.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad prefix length in trusted proxy " + spec, e);
            }
            if (prefix < 0 || prefix > length) {
                throw new IllegalArgumentException("bad prefix length in trusted proxy " + spec);
            }
            return new Network(address.getAddress(), prefix);
        }

        boolean contains(InetAddress candidate) {
            byte[] other = candidate.getAddress();
            if (other.length != address.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((other[bit / 8] & mask) != (address[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
