package dev.crossway.interop;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version Crossway was built as (Maven's project version, written into the jar at build time). */
public final class Version {

    private static final String CURRENT = read();

    private Version() {
    }

    /** e.g. {@code 1.4.0}, or {@code 0.1.0-SNAPSHOT} for a developer's build. */
    public static String current() {
        return CURRENT;
    }

    private static String read() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from the interop jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
