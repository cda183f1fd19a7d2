package dev.crossway.interop.http;

import java.util.Optional;

/**
 * Reads a transport setting: the system property (set by the server configuration from the
 * environment) or else the environment variable itself. Passwords are read from the environment
 * only, never copied into system properties (which the management interface shows).
 */
public final class Settings {

    private Settings() {
    }

    public static Optional<String> value(String property, String env) {
        String v = property == null ? null : System.getProperty(property);
        if (v == null || v.isBlank()) {
            v = System.getenv(env);
        }
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }

    /** {@code crossway.sandbox} / {@code CROSSWAY_SANDBOX}: true only when set to "true". */
    public static boolean sandbox() {
        return value("crossway.sandbox", "CROSSWAY_SANDBOX").map(Boolean::parseBoolean).orElse(false);
    }
}
