package dev.crossway.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files of ../shared read in place (the parent pom passes its location as {@code crossway.shared}). */
public final class Shared {

    private Shared() {
    }

    public static Path root() {
        return Path.of(System.getProperty("crossway.shared", "../../shared")).normalize();
    }

    public static Path path(String relative) {
        Path p = root().resolve(relative).normalize();
        if (!Files.isReadable(p)) {
            throw new IllegalStateException("shared file not found: " + p + " (set -Dcrossway.shared)");
        }
        return p;
    }

    public static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
