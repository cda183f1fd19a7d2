package dev.crossway.interop.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingTest {

    @AfterEach
    void forgetTheConfig() {
        System.clearProperty("crossway.test.max-bytes");
        System.clearProperty("crossway.test.window");
        ConfigProviderResolver.instance().releaseConfig(ConfigProviderResolver.instance().getConfig(Setting.class.getClassLoader()));
    }

    @Test
    void oneNameIsTheSystemPropertyAndTheEnvironmentVariable() {
        assertThat(Setting.environmentName("crossway.gateway.max-bytes")).isEqualTo("CROSSWAY_GATEWAY_MAX_BYTES");
        assertThat(Setting.environmentName("crossway.atna.truststore.password")).isEqualTo("CROSSWAY_ATNA_TRUSTSTORE_PASSWORD");
        System.setProperty("crossway.test.max-bytes", " 4096 ");
        System.setProperty("crossway.test.window", "PT30S");
        assertThat(Setting.integer("crossway.test.max-bytes", 1)).isEqualTo(4096);
        assertThat(Setting.duration("crossway.test.window", Duration.ZERO)).isEqualTo(Duration.ofSeconds(30));
        assertThat(Setting.value("crossway.test.unset")).isEmpty();
        assertThat(Setting.value("crossway.test.unset", "fallback")).isEqualTo("fallback");
    }

    @Test
    void theEnvironmentIsReadThroughMicroProfileConfigsMapping() {
        // PATH is set in every environment this runs in; MicroProfile Config maps "path" to it
        assertThat(Setting.value("path")).contains(System.getenv("PATH").trim());
    }

    @Test
    void aBlankValueIsUnset() {
        System.setProperty("crossway.test.max-bytes", "   ");
        assertThat(Setting.value("crossway.test.max-bytes")).isEmpty();
        assertThat(Setting.integer("crossway.test.max-bytes", 7)).isEqualTo(7);
    }

    @Test
    void aValueThatDoesNotParseNamesTheSettingAndNotTheValue() {
        System.setProperty("crossway.test.max-bytes", "s3cr3t-looking");
        assertThatThrownBy(() -> Setting.integer("crossway.test.max-bytes", 1))
                .hasMessageContaining("crossway.test.max-bytes").hasMessageContaining("CROSSWAY_TEST_MAX_BYTES")
                .hasMessageNotContaining("s3cr3t");
        System.setProperty("crossway.test.window", "thirty seconds");
        assertThatThrownBy(() -> Setting.duration("crossway.test.window", Duration.ZERO))
                .hasMessageContaining("ISO-8601").hasMessageNotContaining("thirty");
    }

    @Test
    void aSecretIsReadFromTheFileItsFileVariableNames(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("db-password"), "correct horse battery staple\n");
        var source = new FileReferenceConfigSource(Map.of("CROSSWAY_DB_PASSWORD_FILE", secret.toString())::get);
        assertThat(source.getValue("crossway.db.password")).isEqualTo("correct horse battery staple");
        assertThat(source.getValue("crossway.db.user")).isNull();
        assertThat(source.getOrdinal()).isLessThan(300).isGreaterThan(100); // below the environment, above files
    }

    @Test
    void anUnreadableSecretFileNamesTheVariableAndThePathOnly(@TempDir Path dir) {
        var source = new FileReferenceConfigSource(Map.of("CROSSWAY_PORTAL_SECRET_FILE", dir.resolve("missing").toString())::get);
        assertThatThrownBy(() -> source.getValue("crossway.portal-secret")).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("CROSSWAY_PORTAL_SECRET_FILE").hasMessageContaining("missing");
    }

    @Test
    void theFileSourceIsRegisteredWithMicroProfileConfig() {
        var sources = ConfigProviderResolver.instance().getConfig(Setting.class.getClassLoader()).getConfigSources();
        assertThat(sources).anyMatch(s -> s instanceof FileReferenceConfigSource);
    }
}
