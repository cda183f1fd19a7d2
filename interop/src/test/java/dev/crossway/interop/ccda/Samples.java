package dev.crossway.interop.ccda;

import dev.crossway.testsupport.Shared;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The shared C-CDA samples, read in place from {@code samples/ccda} of {@link Shared}. */
final class Samples {

    private Samples() {
    }

    static Path root() {
        return Shared.path("samples/ccda");
    }

    static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(root().resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] fragment(String name) {
        return bytes("hl7-c-cda-examples/fragments/" + name + ".xml");
    }

    /** Every sample under a folder, as paths relative to the samples root. */
    static List<String> under(String folder) {
        try (Stream<Path> files = Files.list(root().resolve(folder))) {
            return files.filter(p -> p.toString().endsWith(".xml"))
                    .map(p -> root().relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
