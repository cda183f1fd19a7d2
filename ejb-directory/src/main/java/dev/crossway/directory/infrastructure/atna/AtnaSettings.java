package dev.crossway.directory.infrastructure.atna;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import dev.crossway.interop.config.Setting;

/**
 * The ATNA export's settings: system property {@code crossway.atna.x}, else environment variable
 * {@code CROSSWAY_ATNA_X}, else the default (docs/CONFIGURATION.md lists them). Off unless
 * {@code CROSSWAY_ATNA_ENABLED=true}; while off, nothing is written to the outbox.
 */
public record AtnaSettings(
        boolean enabled,
        Transport transport,
        String host,
        int port,
        Path trustStore,
        String trustStorePassword,
        Path keyStore,
        String keyStorePassword,
        String sourceId,
        String enterpriseSiteId,
        String hostname,
        String appName,
        int batch,
        Duration interval,
        Duration maxBackoff,
        Duration connectTimeout) {

    /** RFC 5425 (syslog over TLS, octet-counted frames) or RFC 5426 (one message per UDP datagram). */
    public enum Transport { TLS, UDP }

    public AtnaSettings {
        Objects.requireNonNull(transport, "transport");
        if (enabled && (host == null || host.isBlank())) {
            throw new IllegalStateException("CROSSWAY_ATNA_ENABLED is true but CROSSWAY_ATNA_HOST (the syslog collector) is not set");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalStateException("CROSSWAY_ATNA_PORT must be a port number: " + port);
        }
        if (batch < 1) {
            throw new IllegalStateException("CROSSWAY_ATNA_BATCH must be at least 1: " + batch);
        }
    }

    private static volatile AtnaSettings current;

    /** The settings of this JVM, read once. */
    public static AtnaSettings current() {
        AtnaSettings s = current;
        if (s == null) {
            s = read(name -> Setting.value(name).orElse(null));
            current = s;
        }
        return s;
    }

    /** @param settings a setting's value by its name ({@code crossway.atna.host}), null when unset */
    public static AtnaSettings read(Function<String, String> settings) {
        Function<String, String> get = name -> {
            String v = settings.apply("crossway.atna." + name);
            return v == null || v.isBlank() ? null : v.trim();
        };
        Transport transport = Transport.valueOf(or(get.apply("transport"), "TLS").toUpperCase(Locale.ROOT));
        String host = get.apply("host");
        String trust = get.apply("truststore");
        String key = get.apply("keystore");
        String hostname = or(get.apply("hostname"), localHost());
        return new AtnaSettings(Boolean.parseBoolean(get.apply("enabled")), transport, host,
                Integer.parseInt(or(get.apply("port"), transport == Transport.TLS ? "6514" : "514")),
                trust == null ? null : Path.of(trust), get.apply("truststore.password"),
                key == null ? null : Path.of(key), get.apply("keystore.password"),
                or(get.apply("source.id"), "crossway@" + hostname), get.apply("enterprise.site.id"), hostname,
                or(get.apply("app.name"), "crossway"), Integer.parseInt(or(get.apply("batch"), "100")),
                Duration.parse(or(get.apply("interval"), "PT5S")), Duration.parse(or(get.apply("max.backoff"), "PT5M")),
                Duration.parse(or(get.apply("connect.timeout"), "PT5S")));
    }

    /** For tests: replaces this JVM's settings. */
    public static void use(AtnaSettings settings) {
        current = settings;
    }

    private static String or(String v, String fallback) {
        return v == null ? fallback : v;
    }

    private static String localHost() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "-";
        }
    }
}
