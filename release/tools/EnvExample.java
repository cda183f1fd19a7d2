import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The release's etc/crossway.env.example, generated from docs/CONFIGURATION.md so that no setting is
 * left out, and the check that keeps the two (and the code) in step. Run as a source file (JDK 11+):
 *
 *   java EnvExample.java generate CONFIGURATION.md HEAD OUT VERSION   the example; then checks it
 *   java EnvExample.java check CONFIGURATION.md EXAMPLE CLI SRC...    fails (exit 1) when a variable is
 *       documented but not in the example, in the example but not documented, or read by crossway.cli
 *       (${env.X}) or by the code ("CROSSWAY_X", or a MicroProfile Config property "crossway.x.y", which is
 *       also the variable CROSSWAY_X_Y) without being documented
 *
 * A setting is documented when a table of CONFIGURATION.md names it in a column whose header says
 * "environment" (the server's tables; the ./crossway scripts' own table says "variable" and is not a
 * node's setting). "`CROSSWAY_A_B` / `_C`" names CROSSWAY_A_C as well, "(+ `_PASSWORD`)" CROSSWAY_A_B_PASSWORD.
 * Hand-written rather than a Markdown library: the tables are one line per row, and a release tool that
 * needs nothing but the JDK runs anywhere the server does.
 */
public final class EnvExample {

    record Setting(String name, String defaultValue, String meaning, String section) {
    }

    private static final Pattern TOKEN = Pattern.compile("(\\+ )?`((?:CROSSWAY|KC)_[A-Z0-9_]+|_[A-Z0-9_]+)`");
    private static final Pattern SECRET = Pattern.compile(".*(PASSWORD|SECRET|API_KEY)$");

    public static void main(String[] args) throws IOException {
        Map<String, Setting> documented = documented(Path.of(args[1]));
        switch (args[0]) {
            case "generate" -> {
                Files.writeString(Path.of(args[3]), example(documented, Files.readString(Path.of(args[2])), args[4]));
                exit(compare(documented.keySet(), inExample(Path.of(args[3]))));
            }
            case "check" -> {
                List<String> problems = compare(documented.keySet(), inExample(Path.of(args[2])));
                Set<String> read = new TreeSet<>();
                Matcher cli = Pattern.compile("\\$\\{env\\.(CROSSWAY_[A-Z0-9_]+)").matcher(Files.readString(Path.of(args[3])));
                while (cli.find()) {
                    read.add(cli.group(1));
                }
                for (int i = 4; i < args.length; i++) {
                    try (Stream<Path> files = Files.walk(Path.of(args[i]))) {
                        for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                            String source = Files.readString(f);
                            Matcher code = Pattern.compile("\"(CROSSWAY_[A-Z0-9_]*[A-Z0-9])\"").matcher(source);
                            while (code.find()) {
                                read.add(code.group(1));
                            }
                            // MicroProfile Config: a property crossway.a.b-c is also the variable CROSSWAY_A_B_C
                            Matcher config = Pattern.compile("(?:@ConfigProperty\\(\\s*name\\s*=\\s*|get(?:Optional)?Value\\(\\s*)\"(crossway\\.[a-z0-9.-]+)\"")
                                    .matcher(source);
                            while (config.find()) {
                                read.add(config.group(1).toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
                            }
                        }
                    }
                }
                read.stream().filter(v -> !documented.containsKey(v))
                        .forEach(v -> problems.add(v + " is read by the server but not documented in CONFIGURATION.md"));
                exit(problems);
            }
            default -> throw new IllegalArgumentException("generate or check");
        }
    }

    private static void exit(List<String> problems) {
        problems.forEach(p -> System.err.println("crossway.env.example: " + p));
        System.exit(problems.isEmpty() ? 0 : 1);
    }

    static List<String> compare(Set<String> documented, Set<String> example) {
        List<String> problems = new ArrayList<>();
        documented.stream().filter(v -> !example.contains(v)).forEach(v -> problems.add(v + " is documented but missing from the example"));
        example.stream().filter(v -> !documented.contains(v) && !(v.endsWith("_FILE") && documented.contains(v.substring(0, v.length() - 5))))
                .forEach(v -> problems.add(v + " is in the example but not documented in CONFIGURATION.md"));
        return problems;
    }

    static Set<String> inExample(Path example) throws IOException {
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^#?\\s*((?:CROSSWAY|KC)_[A-Z0-9_]+)=").matcher(Files.readString(example));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    static Map<String, Setting> documented(Path configuration) throws IOException {
        Map<String, Setting> settings = new LinkedHashMap<>();
        String section = "";
        List<String> header = null;
        for (String line : Files.readAllLines(configuration)) {
            if (line.startsWith("#")) {
                section = line.replaceFirst("^#+\\s*", "");
                header = null;
                continue;
            }
            if (!line.startsWith("|")) {
                header = null;
                continue;
            }
            List<String> cells = cells(line);
            if (header == null) {
                header = cells.stream().map(String::toLowerCase).toList();
                continue;
            }
            if (cells.stream().allMatch(c -> c.matches("-+"))) {
                continue;
            }
            String defaultValue = column(header, cells, "default");
            String meaning = column(header, cells, "meaning");
            for (int i = 0; i < Math.min(header.size(), cells.size()); i++) {
                if (!header.get(i).contains("environment")) {
                    continue;
                }
                String previous = null;
                Matcher t = TOKEN.matcher(cells.get(i));
                while (t.find()) {
                    String name = t.group(2);
                    if (name.startsWith("_")) {
                        if (previous == null) {
                            continue;
                        }
                        name = t.group(1) != null ? previous + name : previous.substring(0, previous.lastIndexOf('_')) + name;
                    } else {
                        previous = name;
                    }
                    settings.putIfAbsent(name, new Setting(name, defaultValue, meaning, section));
                }
            }
        }
        return settings;
    }

    private static String column(List<String> header, List<String> cells, String name) {
        for (int i = 0; i < header.size() && i < cells.size(); i++) {
            if (header.get(i).startsWith(name)) {
                return cells.get(i);
            }
        }
        return "";
    }

    private static List<String> cells(String row) {
        String inner = row.strip();
        inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
        List<String> cells = new ArrayList<>();
        for (String c : inner.split("(?<!\\\\)\\|", -1)) {
            cells.add(c.strip());
        }
        return cells;
    }

    static String example(Map<String, Setting> settings, String head, String version) {
        StringBuilder out = new StringBuilder();
        out.append(head.replace("@VERSION@", version));
        out.append("\n# ====================================================================================\n");
        out.append("# Every setting, generated from docs/CONFIGURATION.md (the full text is there).\n");
        out.append("# Secrets (names ending in PASSWORD, SECRET or API_KEY) may instead be given as NAME_FILE,\n");
        out.append("# a file holding the value; bin/crossway-node and bin/crossway-admin read it.\n");
        out.append("# ====================================================================================\n");
        String section = null;
        for (Setting s : settings.values()) {
            if (!s.section().equals(section)) {
                section = s.section();
                out.append("\n# ---- ").append(plain(section)).append(" ----\n");
            }
            out.append('\n');
            for (String l : wrap(s.name() + ": " + plain(s.meaning()), 96)) {
                out.append("# ").append(l).append('\n');
            }
            if (!s.defaultValue().isBlank()) {
                for (String l : wrap("default: " + plain(s.defaultValue()), 96)) {
                    out.append("# ").append(l).append('\n');
                }
            }
            out.append('#').append(s.name()).append("=\n");
            if (SECRET.matcher(s.name()).matches()) {
                out.append('#').append(s.name()).append("_FILE=\n");
            }
        }
        return out.toString();
    }

    private static String plain(String markdown) {
        return markdown.replace("`", "").replace("**", "").replaceAll("\\[([^]]*)]\\([^)]*\\)", "$1").replace("\\|", "|");
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
