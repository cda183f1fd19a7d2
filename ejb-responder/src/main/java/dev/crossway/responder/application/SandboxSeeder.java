package dev.crossway.responder.application;

import jakarta.ejb.Local;
import java.nio.file.Path;

/**
 * Seeds the development sandbox: three stored-mode communities, synthetic patients and the HL7
 * C-CDA examples under {@code samplesDir/ccda/hl7-c-cda-examples}. Idempotent.
 */
@Local
public interface SandboxSeeder {

    void seed(Path samplesDir, String actor);
}
