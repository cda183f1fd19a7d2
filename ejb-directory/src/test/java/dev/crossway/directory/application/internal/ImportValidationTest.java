package dev.crossway.directory.application.internal;

import dev.crossway.directory.application.DirectoryField;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossway.directory.application.DirectoryValidationException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A body that is not a FHIR Bundle is refused before any run is created (no bean is touched). */
class ImportValidationTest {

    private final DefaultDirectorySync sync = new DefaultDirectorySync();

    @Test
    void notABundleIsRefusedSynchronously() {
        for (String body : new String[] {"{\"resourceType\":\"Organization\",\"id\":\"1.2.3\"}", "not fhir at all",
                "<Patient xmlns=\"http://hl7.org/fhir\"/>", ""}) {
            assertThatThrownBy(() -> sync.importBundle(body.getBytes(StandardCharsets.UTF_8), null))
                    .isInstanceOf(DirectoryValidationException.class)
                    .extracting(e -> ((DirectoryValidationException) e).field()).isEqualTo(DirectoryField.SYNC_BUNDLE);
        }
    }
}
