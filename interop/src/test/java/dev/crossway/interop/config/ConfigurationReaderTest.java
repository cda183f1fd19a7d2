package dev.crossway.interop.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The server reads its settings one way: through {@link Setting}. Scans every module's main
 * sources (the realm tool, a command-line program of its own, and test-support, which only tests
 * use and which reads the test run's own properties, aside).
 */
class ConfigurationReaderTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern DIRECT = Pattern.compile(
            "System\\.getenv\\(|System\\.getProperty\\(|Boolean\\.getBoolean\\(|Long\\.getLong\\(|Integer\\.getInteger\\(");
    private static final Pattern NAMED = Pattern.compile("\\b(?:value|integer|duration|flag|get)\\(\\s*\"(crossway\\.[a-z0-9.\\-]+)\"");

    @Test
    void noServerCodeReadsTheEnvironmentOrSystemPropertiesDirectly() {
        List<String> offenders = new ArrayList<>();
        for (Path file : serverSources()) {
            if (file.toString().contains("/interop/config/")) {
                continue;
            }
            List<String> lines = read(file);
            for (int i = 0; i < lines.size(); i++) {
                if (DIRECT.matcher(lines.get(i)).find()) {
                    offenders.add(ROOT.relativize(file) + ":" + (i + 1));
                }
            }
        }
        assertThat(offenders).as("read settings through dev.crossway.interop.config.Setting").isEmpty();
    }

    @Test
    void everySettingReadByNameIsDocumented() throws IOException {
        String documented = Files.readString(ROOT.resolve("docs/CONFIGURATION.md"));
        TreeSet<String> missing = new TreeSet<>();
        int found = 0;
        for (Path file : serverSources()) {
            Matcher m = NAMED.matcher(String.join("\n", read(file)));
            while (m.find()) {
                found++;
                String variable = Setting.environmentName(m.group(1));
                if (!documented.contains(variable)) {
                    missing.add(variable + " (" + m.group(1) + ", " + file.getFileName() + ")");
                }
            }
        }
        assertThat(found).as("settings found in the sources").isGreaterThan(20);
        assertThat(missing).as("settings missing from docs/CONFIGURATION.md").isEmpty();
    }

    private static List<Path> serverSources() {
        try (Stream<Path> modules = Files.list(ROOT)) {
            List<Path> out = new ArrayList<>();
            for (Path module : modules.filter(m -> Files.isDirectory(m.resolve("src/main/java")))
                    .filter(m -> !List.of("realm-config", "test-support").contains(m.getFileName().toString())).toList()) {
                try (Stream<Path> files = Files.walk(module.resolve("src/main/java"))) {
                    files.filter(f -> f.toString().endsWith(".java")).forEach(out::add);
                }
            }
            assertThat(out).as("sources under " + ROOT).hasSizeGreaterThan(100);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
