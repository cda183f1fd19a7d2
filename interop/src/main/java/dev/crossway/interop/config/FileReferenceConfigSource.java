package dev.crossway.interop.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Secrets kept in files: a setting {@code crossway.x.y} whose variable {@code CROSSWAY_X_Y} is unset
 * is read from the file named by {@code CROSSWAY_X_Y_FILE} (the convention of container images and
 * systemd credentials), so a password never has to be on a command line or in the process
 * environment. Registered with MicroProfile Config through {@code META-INF/services}.
 *
 * <p>Written here because neither MicroProfile Config nor SmallRye has a {@code *_FILE} source
 * (SmallRye's file-system source reads a directory of files named after properties, which the
 * subsystem can add too: docs/CONFIGURATION.md). Ordinal 250: below the environment (300), so a
 * variable set directly wins; above the server's own files. The file is read when the setting is,
 * so a rotated secret is picked up by the next read; trailing line breaks are dropped.
 */
public final class FileReferenceConfigSource implements ConfigSource {

    public static final int ORDINAL = 250;

    private final UnaryOperator<String> environment;

    public FileReferenceConfigSource() {
        this(System::getenv);
    }

    FileReferenceConfigSource(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    @Override
    public String getValue(String propertyName) {
        if (propertyName == null || propertyName.endsWith("_FILE")) {
            return null;
        }
        String variable = Setting.environmentName(propertyName) + "_FILE";
        String file = environment.apply(variable);
        if (file == null || file.isBlank()) {
            return null;
        }
        try {
            String content = Files.readString(Path.of(file.trim()), StandardCharsets.UTF_8);
            return content.strip();
        } catch (IOException e) {
            // the path, never the content
            throw new UncheckedIOException(variable + " names " + file.trim() + ", which cannot be read", e);
        }
    }

    @Override
    public Set<String> getPropertyNames() {
        // the names are known only by the settings that ask: nothing to enumerate
        return Set.of();
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of();
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }

    @Override
    public String getName() {
        return "crossway-file-references";
    }
}
