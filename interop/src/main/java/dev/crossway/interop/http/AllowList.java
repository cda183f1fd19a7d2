package dev.crossway.interop.http;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The destinations an operator allows although they are internal ({@code CROSSWAY_OUTBOUND_ALLOW}):
 * comma-separated {@code host:port} entries (the host as written in the URL, or an IP literal the
 * host resolves to) and CIDR ranges ({@code 10.20.0.0/16}, {@code fd00::/8}) matched against the
 * resolved address, on any port.
 */
public final class AllowList {

    private sealed interface Entry permits HostPort, Cidr {
        boolean matches(String host, int port, InetAddress address);
    }

    private record HostPort(String host, int port) implements Entry {
        @Override
        public boolean matches(String h, int p, InetAddress address) {
            if (p != port) {
                return false;
            }
            if (host.equalsIgnoreCase(h)) {
                return true;
            }
            InetAddress literal = literal(host);
            return literal != null && literal.equals(address);
        }
    }

    private record Cidr(byte[] network, int prefix) implements Entry {
        @Override
        public boolean matches(String h, int p, InetAddress address) {
            byte[] a = address.getAddress();
            if (a.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (a[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xff << (8 - rest) & 0xff;
            return (a[full] & mask) == (network[full] & mask);
        }
    }

    private static final AllowList NONE = new AllowList(List.of(), "");

    private final List<Entry> entries;
    private final String text;

    private AllowList(List<Entry> entries, String text) {
        this.entries = entries;
        this.text = text;
    }

    public static AllowList none() {
        return NONE;
    }

    /**
     * Parses the setting; a malformed entry is refused with a message naming it (a typo must not
     * silently allow less, or more, than meant).
     */
    public static AllowList parse(String setting) {
        if (setting == null || setting.isBlank()) {
            return NONE;
        }
        List<Entry> entries = new ArrayList<>();
        for (String raw : setting.split(",")) {
            String e = raw.trim();
            if (!e.isEmpty()) {
                entries.add(entry(e));
            }
        }
        return new AllowList(List.copyOf(entries), setting.trim());
    }

    private static Entry entry(String e) {
        int slash = e.indexOf('/');
        if (slash > 0) {
            InetAddress net = literal(e.substring(0, slash));
            int prefix;
            try {
                prefix = Integer.parseInt(e.substring(slash + 1));
            } catch (NumberFormatException x) {
                prefix = -1;
            }
            if (net == null || prefix < 0 || prefix > net.getAddress().length * 8) {
                throw new IllegalArgumentException("CROSSWAY_OUTBOUND_ALLOW: \"" + e + "\" is not a CIDR range such as 10.0.0.0/8");
            }
            return new Cidr(net.getAddress(), prefix);
        }
        int colon = e.lastIndexOf(':');
        String host = colon > 0 ? e.substring(0, colon) : "";
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port;
        try {
            port = colon > 0 ? Integer.parseInt(e.substring(colon + 1)) : -1;
        } catch (NumberFormatException x) {
            port = -1;
        }
        if (host.isEmpty() || port < 1 || port > 65535) {
            throw new IllegalArgumentException("CROSSWAY_OUTBOUND_ALLOW: \"" + e + "\" is neither host:port nor a CIDR range");
        }
        return new HostPort(host.toLowerCase(Locale.ROOT), port);
    }

    /** True when the URL's host and port, resolved to {@code address}, is one of the entries. */
    public boolean allows(URI url, InetAddress address) {
        Objects.requireNonNull(address, "address");
        String host = AddressPolicy.host(url);
        int port = AddressPolicy.port(url);
        return entries.stream().anyMatch(e -> e.matches(host, port, address));
    }

    /** True when the URL's host and port is a host:port entry as written (before any resolution). */
    public boolean namesHostPort(URI url) {
        String host = AddressPolicy.host(url);
        int port = AddressPolicy.port(url);
        return entries.stream().anyMatch(e -> e instanceof HostPort hp && hp.port() == port && hp.host().equalsIgnoreCase(host));
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** A copy with more entries (./crossway run's own gateway beside what the operator set). */
    public AllowList with(AllowList more) {
        List<Entry> all = new ArrayList<>(entries);
        all.addAll(more.entries);
        return new AllowList(List.copyOf(all), String.join(",", List.of(text, more.text).stream().filter(s -> !s.isEmpty()).toList()));
    }

    /** An IP literal (never a DNS lookup); null for a name. */
    static InetAddress literal(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        boolean v4 = h.matches("\\d{1,3}(\\.\\d{1,3}){3}")
                && java.util.Arrays.stream(h.split("\\.")).allMatch(o -> Integer.parseInt(o) <= 255);
        boolean v6 = h.contains(":") && h.matches("[0-9A-Fa-f:.]+(%[\\w.]+)?");
        if (!v4 && !v6) {
            return null;
        }
        try {
            return InetAddress.getByName(h); // a valid literal: parsed, never looked up
        } catch (UnknownHostException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
