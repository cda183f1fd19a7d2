package dev.crossway.interop.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Turns a host name into the addresses a connection would go to. The address policy asks this
 * before any connection; tests give a fake one, so that no test depends on (or sends to) real DNS.
 */
@FunctionalInterface
public interface HostResolver {

    /** The JVM's resolver (whose answers the JDK HTTP client then reuses from the JVM's DNS cache). */
    HostResolver SYSTEM = host -> List.of(InetAddress.getAllByName(host));

    List<InetAddress> resolve(String host) throws UnknownHostException;
}
