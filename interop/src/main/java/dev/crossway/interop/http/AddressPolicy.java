package dev.crossway.interop.http;

import dev.crossway.interop.config.Setting;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Where an outbound call may go, decided before any connection. Addresses come from a directory
 * that strangers publish to, so a listed endpoint could point at this machine, the hospital's
 * network or a cloud metadata service (server-side request forgery, with PHI and signed assertions
 * in the body). The rule: {@code https} only; every address the host resolves to must be public
 * (not loopback, private, carrier-grade NAT, unique-local, link-local, multicast or unspecified)
 * unless the {@link AllowList} names it. In the sandbox, plain {@code http} is allowed to allowed
 * entries only.
 *
 * <p>Residual risk, said plainly: the JDK HTTP client resolves the name again when it connects.
 * The check's lookup fills the JVM's DNS cache (30 s by default), which the connection then reads,
 * so a name that changes its answer between check and connection (DNS rebinding) has a window of
 * the cache's expiry only.
 */
public final class AddressPolicy {

    /** What the policy says about one URL. */
    public sealed interface Decision {
        /** The call may go ahead. */
        record Allowed() implements Decision {
        }

        /** Refused by policy: recorded as the endpoint's error, never retried. */
        record Refused(String reason) implements Decision {
            public String message() {
                return "address not allowed (" + reason + ")";
            }
        }

        /** The host name does not resolve: a network error, not a policy decision. */
        record Unresolved(String host) implements Decision {
        }
    }

    private final AllowList allow;
    private final boolean sandbox;
    private final HostResolver resolver;

    public AddressPolicy(AllowList allow, boolean sandbox, HostResolver resolver) {
        this.allow = Objects.requireNonNull(allow, "allow");
        this.sandbox = sandbox;
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    /** {@code CROSSWAY_OUTBOUND_ALLOW} and {@code CROSSWAY_SANDBOX}, system property first, with the JVM's resolver. */
    public static AddressPolicy fromEnvironment() {
        return new AddressPolicy(AllowList.parse(Setting.value("crossway.outbound.allow").orElse("")),
                Setting.sandbox(), HostResolver.SYSTEM);
    }

    public Decision check(String url) {
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException | NullPointerException e) {
            return new Decision.Refused("not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = host(uri);
        if (host == null || host.isEmpty()) {
            return new Decision.Refused("no host");
        }
        if (uri.getRawUserInfo() != null) {
            return new Decision.Refused("user information in the URL");
        }
        boolean http = scheme.equals("http");
        if (!scheme.equals("https") && !(http && sandbox)) {
            return new Decision.Refused("scheme " + (scheme.isEmpty() ? "missing" : scheme) + ": only https");
        }
        List<InetAddress> addresses;
        try {
            InetAddress literal = AllowList.literal(host);
            addresses = literal != null ? List.of(literal) : resolver.resolve(host);
        } catch (UnknownHostException e) {
            return new Decision.Unresolved(host);
        }
        if (addresses.isEmpty()) {
            return new Decision.Unresolved(host);
        }
        for (InetAddress a : addresses) {
            boolean allowed = allow.allows(uri, a);
            if (http && !allowed) {
                return new Decision.Refused("plain http is allowed in the sandbox to CROSSWAY_OUTBOUND_ALLOW entries only");
            }
            if (internal(a) && !allowed) {
                return new Decision.Refused(host + " is an internal address (" + a.getHostAddress()
                        + "); allow it with CROSSWAY_OUTBOUND_ALLOW");
            }
        }
        return new Decision.Allowed();
    }

    /** Loopback, private, CGNAT, unique-local, link-local, multicast, unspecified or broadcast. */
    static boolean internal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isMulticastAddress()
                || a.isAnyLocalAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0                                  // 0.0.0.0/8 "this network"
                    || (first == 100 && (second & 0xc0) == 64) // 100.64.0.0/10 carrier-grade NAT
                    || (first == 198 && (second & 0xfe) == 18) // 198.18.0.0/15 benchmarking
                    || first >= 240;                           // reserved and broadcast
        }
        if (a instanceof Inet6Address v6) {
            if ((b[0] & 0xfe) == 0xfc) {
                return true; // fc00::/7 unique-local
            }
            boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
            if (v6.isIPv4CompatibleAddress() || nat64) {
                try {
                    return internal(InetAddress.getByAddress(new byte[]{b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }

    static String host(URI uri) {
        String h = uri.getHost();
        if (h != null && h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h == null ? null : h.toLowerCase(Locale.ROOT);
    }

    static int port(URI uri) {
        if (uri.getPort() > 0) {
            return uri.getPort();
        }
        return "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
    }
}
