package dev.crossway.interop.ccda;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The small hostile inputs written for these tests, under {@code src/test/resources/ccda}. */
final class TestResources {

    private TestResources() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = TestResources.class.getResourceAsStream("/ccda/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource ccda/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
