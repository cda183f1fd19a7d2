package dev.crossway.interop.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The one way Crossway reads a setting: MicroProfile Config, so each setting has one name
 * ({@code crossway.gateway.max-bytes}) that is found, in this order, as a system property of that
 * name, as the environment variable MicroProfile Config maps it to ({@code CROSSWAY_GATEWAY_MAX_BYTES}),
 * as a file named by that variable plus {@code _FILE} ({@link FileReferenceConfigSource}, for
 * secrets), and in any config source the server adds (WildFly's {@code microprofile-config-smallrye}
 * subsystem). The typed settings records of each module ({@code ResponderSettings}, ...) read
 * through here and nowhere else; {@code ConfigurationReaderTest} keeps it so.
 *
 * <p>A blank value counts as unset. A value that does not parse fails naming the setting and its
 * variable, never the value (it may be a secret).
 */
public final class Setting {

    private Setting() {
    }

    /** The setting's trimmed value, empty when unset or blank. */
    public static Optional<String> value(String name) {
        Optional<String> raw = config().getOptionalValue(name, String.class);
        return raw.map(String::trim).filter(v -> !v.isEmpty());
    }

    public static String value(String name, String fallback) {
        return value(name).orElse(fallback);
    }

    /** An ISO-8601 duration ({@code PT12H}). */
    public static Optional<Duration> duration(String name) {
        return value(name).map(v -> {
            try {
                return Duration.parse(v);
            } catch (DateTimeParseException e) {
                throw invalid(name, "an ISO-8601 duration such as PT30S");
            }
        });
    }

    public static Duration duration(String name, Duration fallback) {
        return duration(name).orElse(fallback);
    }

    public static Optional<Integer> integer(String name) {
        return value(name).map(v -> {
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw invalid(name, "a whole number");
            }
        });
    }

    public static int integer(String name, int fallback) {
        return integer(name).orElse(fallback);
    }

    /** True only when set to {@code true} (any case). */
    public static boolean flag(String name) {
        return value(name).map(Boolean::parseBoolean).orElse(false);
    }

    /** {@code crossway.sandbox} / {@code CROSSWAY_SANDBOX}: the published test network; off unless set to true. */
    public static boolean sandbox() {
        return flag("crossway.sandbox");
    }

    /** The environment variable MicroProfile Config reads for a name: {@code crossway.gateway.max-bytes} -> {@code CROSSWAY_GATEWAY_MAX_BYTES}. */
    public static String environmentName(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            out.append(Character.isLetterOrDigit(c) ? c : '_');
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }

    /** A setting that is set but unusable: the message names it, never its value. */
    public static IllegalArgumentException invalid(String name, String expected) {
        return new IllegalArgumentException("setting " + name + " (" + environmentName(name) + ") must be " + expected);
    }

    private static Config config() {
        // the interop jar's own class loader: in WildFly the EAR's, whose config the subsystem built;
        // the thread's context loader may be a pool thread's with no deployment behind it
        return ConfigProvider.getConfig(Setting.class.getClassLoader());
    }
}
