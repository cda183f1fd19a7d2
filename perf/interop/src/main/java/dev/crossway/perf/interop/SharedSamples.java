package dev.crossway.perf.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared samples, read in place from {@code ${crossway.shared}/samples} (default
 * {@code ../../../shared}: /work/shared seen from perf/interop); never copied into the repo.
 */
final class SharedSamples {

    private SharedSamples() {
    }

    static byte[] read(String relative) {
        Path path = Path.of(System.getProperty("crossway.shared", "../../../shared")).resolve("samples").resolve(relative);
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("sample " + path.toAbsolutePath() + " (set -Dcrossway.shared)", e);
        }
    }
}
