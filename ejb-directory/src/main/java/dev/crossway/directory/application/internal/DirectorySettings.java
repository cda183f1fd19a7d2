package dev.crossway.directory.application.internal;

import java.util.Optional;

/**
 * Deployment settings, each a system property or else an environment variable:
 * {@code crossway.directory.url} / {@code CROSSWAY_DIRECTORY_URL} (enables the daily sync),
 * {@code crossway.directory.api-key} / {@code CROSSWAY_DIRECTORY_API_KEY},
 * {@code crossway.geo.zcta} / {@code CROSSWAY_GEO_ZCTA} (ZIP centroid CSV loaded at start when the table is empty).
 */
final class DirectorySettings {

    static final int DEFAULT_PAGE_SIZE = 500;

    private DirectorySettings() {
    }

    static Optional<String> directoryUrl() {
        return value("crossway.directory.url", "CROSSWAY_DIRECTORY_URL");
    }

    static Optional<String> apiKey() {
        return value("crossway.directory.api-key", "CROSSWAY_DIRECTORY_API_KEY");
    }

    static Optional<String> zctaFile() {
        return value("crossway.geo.zcta", "CROSSWAY_GEO_ZCTA");
    }

    private static Optional<String> value(String property, String env) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            v = System.getenv(env);
        }
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }
}
