package dev.crossway.it.support;

import java.net.URI;
import java.nio.file.Path;

/** Where the servers under test answer; one place, read by every test. */
public final class Servers {

    /** The node under test: {@code crossway.it.url}, read on each call (the cluster test switches nodes). */
    public static URI gateway() {
        return URI.create(System.getProperty("crossway.it.url", "http://localhost:8080"));
    }

    /** The node's management interface: /health, /metrics. */
    public static URI management() {
        return URI.create(System.getProperty("crossway.it.management", "http://localhost:9990"));
    }

    public static final URI KEYCLOAK = URI.create(System.getProperty("crossway.it.keycloak", "http://localhost:8180"));
    public static final String REALM = "crossway";

    private Servers() {
    }

    public static URI api(String path) {
        return gateway().resolve("/api/v1/" + path.replaceFirst("^/", ""));
    }

    /** ../shared, holding the samples and the geo table; read in place, never copied. */
    public static Path shared() {
        return Path.of(System.getProperty("crossway.shared", "../../shared")).toAbsolutePath().normalize();
    }
}
