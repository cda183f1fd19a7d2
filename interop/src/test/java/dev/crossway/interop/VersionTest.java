package dev.crossway.interop;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VersionTest {

    @Test
    void theBuildsVersionIsWrittenIntoTheJar() {
        String version = Version.current();
        assertFalse(version.contains("${"), "unfiltered: " + version);
        assertTrue(version.matches("\\d+\\.\\d+\\.\\d+([-+][0-9A-Za-z.-]+)?"), version);
    }
}
