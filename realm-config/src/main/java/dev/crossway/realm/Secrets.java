package dev.crossway.realm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tool's secrets (the Keycloak administrator's password, the portal and manager client
 * secrets) come from the environment or from a file, never from the command line: a process's
 * arguments are readable by every user of the machine ({@code ps}, {@code /proc/PID/cmdline}).
 * {@code NAME} holds the value itself, {@code NAME_FILE} names a file holding it (a systemd
 * credential, a mounted secret); one trailing line break is dropped.
 */
final class Secrets {

    /** Options that once took a secret's value, and the variable that replaces each. */
    static final Map<String, String> REFUSED_OPTIONS = Map.of(
            "admin-password", "KC_ADMIN_PASSWORD",
            "portal-secret", "CROSSWAY_PORTAL_SECRET",
            "manager-secret", "CROSSWAY_MANAGER_SECRET");

    private final Map<String, String> environment;

    Secrets(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** The secret {@code name}: the variable's value, else the content of the file {@code name_FILE} names. */
    Optional<String> get(String name) {
        String value = environment.get(name);
        if (value != null && !value.isBlank()) {
            return Optional.of(value);
        }
        String file = environment.get(name + "_FILE");
        if (file == null || file.isBlank()) {
            return Optional.empty();
        }
        try {
            String content = Files.readString(Path.of(file), StandardCharsets.UTF_8);
            content = content.endsWith("\r\n") ? content.substring(0, content.length() - 2)
                    : content.endsWith("\n") ? content.substring(0, content.length() - 1) : content;
            return content.isEmpty() ? Optional.empty() : Optional.of(content);
        } catch (IOException e) {
            throw new UncheckedIOException(name + "_FILE names a file that cannot be read: " + file, e);
        }
    }

    /** The first option of {@code given} that would put a secret on the command line, with its replacement. */
    static Optional<String> refusal(Set<String> given) {
        return REFUSED_OPTIONS.entrySet().stream().filter(e -> given.contains(e.getKey())).sorted(Map.Entry.comparingByKey())
                .findFirst().map(e -> "--" + e.getKey() + " is not accepted: a secret on the command line is visible to every"
                        + " user of the machine (ps). Set " + e.getValue() + " or " + e.getValue() + "_FILE (a file holding it) instead");
    }
}
