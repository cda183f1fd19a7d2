package dev.crossway.directory.application.internal;

import dev.crossway.interop.config.Setting;
import java.util.Optional;

/**
 * Deployment settings, read through {@link Setting} (one name each: system property, environment variable, file):
 * {@code crossway.directory.url} / {@code CROSSWAY_DIRECTORY_URL} (enables the daily sync),
 * {@code crossway.directory.api-key} / {@code CROSSWAY_DIRECTORY_API_KEY},
 * {@code crossway.geo.zcta} / {@code CROSSWAY_GEO_ZCTA} (ZIP centroid CSV loaded at start when the table is empty).
 */
final class DirectorySettings {

    static final int DEFAULT_PAGE_SIZE = 500;

    private DirectorySettings() {
    }

    static Optional<String> directoryUrl() {
        return Setting.value("crossway.directory.url");
    }

    static Optional<String> apiKey() {
        return Setting.value("crossway.directory.api-key");
    }

    static Optional<String> zctaFile() {
        return Setting.value("crossway.geo.zcta");
    }

}
