package dev.crossway.realm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsTest {

    @Test
    void aSecretOnTheCommandLineIsRefusedNamingTheVariableThatReplacesIt() {
        assertThat(Secrets.refusal(Set.of("server", "admin-password"))).hasValueSatisfying(m ->
                assertThat(m).contains("--admin-password").contains("KC_ADMIN_PASSWORD_FILE").contains("ps"));
        assertThat(Secrets.refusal(Set.of("portal-secret"))).hasValueSatisfying(m -> assertThat(m).contains("CROSSWAY_PORTAL_SECRET"));
        assertThat(Secrets.refusal(Set.of("manager-secret"))).isPresent();
        assertThat(Secrets.refusal(Set.of("server", "portal-url", "sandbox"))).isEmpty();
    }

    @Test
    void theVariableWinsThenTheFileItNamesWithoutItsLineBreak(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("kc-admin");
        Files.writeString(file, "s3cret from a file\n");
        assertThat(new Secrets(Map.of("KC_ADMIN_PASSWORD_FILE", file.toString())).get("KC_ADMIN_PASSWORD"))
                .contains("s3cret from a file");
        assertThat(new Secrets(Map.of("KC_ADMIN_PASSWORD", "direct", "KC_ADMIN_PASSWORD_FILE", file.toString()))
                .get("KC_ADMIN_PASSWORD")).contains("direct");
        assertThat(new Secrets(Map.of()).get("KC_ADMIN_PASSWORD")).isEmpty();
    }

    @Test
    void aFileThatCannotBeReadIsAnErrorNamingTheVariable(@TempDir Path dir) {
        Secrets secrets = new Secrets(Map.of("CROSSWAY_PORTAL_SECRET_FILE", dir.resolve("missing").toString()));
        assertThatThrownBy(() -> secrets.get("CROSSWAY_PORTAL_SECRET")).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("CROSSWAY_PORTAL_SECRET_FILE");
    }
}
