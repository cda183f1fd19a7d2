import com.mysql.cj.jdbc.MysqlDataSource;
import dev.crossway.directory.infrastructure.persistence.ModuleMigrations;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Release N-1's schema for the upgrade rehearsal (scripts/upgrade-test.sh), run as a source file on the
 * classpath of the EAR under test (its EJB jars hold every script; lib/ holds Flyway) and the JDBC driver:
 *
 *   migrate PROPERTIES JDBC_URL USER     runs each module's N-1 migration set (previous-release.properties)
 *                                        with the same ModuleMigrations runner the deployment uses, so the
 *                                        history tables are what an N-1 installation has; the password is
 *                                        read from CROSSWAY_DB_MIGRATION_PASSWORD, never the command line
 *   contracting PROPERTIES ROOT          lists, for every script of this release that N-1 did not have, the
 *                                        statements that are not expand-only (a node of N-1 could fail on the
 *                                        schema after them): one line "module script kind: statement"
 */
public final class PreviousRelease {

    private static final List<String> MODULES = List.of("directory", "responder", "initiator");

    /** Statement shapes that remove, narrow or rewrite what the previous release's code reads or writes. */
    private static final List<Pattern> CONTRACTING = Stream.of(
            "drop\\s+table", "drop\\s+column", "alter\\s+table\\s+\\S+\\s+(.*,\\s*)?drop\\s+(?!index|key|constraint)\\w+",
            "drop\\s+(index|key)", "drop\\s+trigger", "drop\\s+constraint", "drop\\s+foreign\\s+key", "rename\\s",
            "modify\\s+(column\\s+)?\\w+", "change\\s+(column\\s+)?\\w+\\s+\\w+", "^update\\s", "^delete\\s", "truncate\\s")
            .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.DOTALL)).toList();
    /** An added column the old code does not fill: NOT NULL without a default. */
    private static final Pattern ADD_NOT_NULL = Pattern.compile(
            "add\\s+(column\\s+)?(\\w+)\\s+[^,]*?\\bnot\\s+null\\b(?![^,]*\\bdefault\\b)[^,]*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    public static void main(String[] args) throws Exception {
        Properties previous = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(args[1]))) {
            previous.load(in);
        }
        switch (args[0]) {
            case "migrate" -> migrate(previous, args[2], args[3]);
            case "contracting" -> contracting(previous, Path.of(args[2]));
            default -> throw new IllegalArgumentException("migrate or contracting, not " + args[0]);
        }
    }

    private static List<String> scripts(Properties previous, String module) {
        String listed = previous.getProperty(module);
        if (listed == null || listed.isBlank()) {
            throw new IllegalStateException("previous-release.properties lists no scripts for " + module);
        }
        return Arrays.asList(listed.trim().split("\\s+"));
    }

    private static void migrate(Properties previous, String url, String user) {
        String password = System.getenv("CROSSWAY_DB_MIGRATION_PASSWORD");
        if (password == null) {
            throw new IllegalStateException("CROSSWAY_DB_MIGRATION_PASSWORD is not set");
        }
        MysqlDataSource owner = new MysqlDataSource();
        owner.setURL(url);
        owner.setUser(user);
        owner.setPassword(password);
        for (String module : MODULES) {
            ModuleMigrations migrations = new ModuleMigrations("db/migration/" + module, "flyway_history_" + module,
                    scripts(previous, module));
            MigrateResult r = migrations.migrate(owner, PreviousRelease.class.getClassLoader());
            System.out.println(module + " schema at version " + r.targetSchemaVersion + " (" + r.migrationsExecuted
                    + " migrations of release N-1 applied)");
        }
    }

    private static void contracting(Properties previous, Path root) throws Exception {
        for (String module : MODULES) {
            Path dir = root.resolve("ejb-" + module + "/src/main/resources/db/migration/" + module);
            List<String> old = scripts(previous, module);
            for (String file : old) {
                if (!Files.exists(dir.resolve(file))) {
                    throw new IllegalStateException("release N-1's script " + module + "/" + file + " is gone from " + dir);
                }
            }
            TreeSet<String> newer = new TreeSet<>();
            try (Stream<Path> files = Files.list(dir)) {
                files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".sql") && !old.contains(f)).forEach(newer::add);
            }
            for (String file : newer) {
                for (String statement : statements(Files.readString(dir.resolve(file)))) {
                    for (String kind : kinds(statement)) {
                        System.out.println(module + " " + file + " " + kind + ": " + oneLine(statement));
                    }
                }
            }
        }
    }

    private static List<String> kinds(String statement) {
        List<String> kinds = new ArrayList<>();
        String s = statement.trim();
        if (s.regionMatches(true, 0, "create trigger", 0, 14)) {
            return kinds; // a trigger body is not a change of the schema's shape
        }
        for (Pattern p : CONTRACTING) {
            Matcher m = p.matcher(s);
            if (m.find()) {
                kinds.add(m.group().replaceAll("\\s+", " ").toLowerCase().trim());
                break;
            }
        }
        Matcher m = ADD_NOT_NULL.matcher(s);
        if (m.find() && !s.toLowerCase().startsWith("create")) {
            kinds.add("add not null column without default " + m.group(2));
        }
        return kinds;
    }

    /** The script's statements, comments removed, split at semicolons that end a line. */
    private static List<String> statements(String script) {
        StringBuilder text = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.trim();
            if (!trimmed.startsWith("--")) {
                text.append(line).append('\n');
            }
        }
        List<String> out = new ArrayList<>();
        for (String part : text.toString().split(";\\s*\n")) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
        return out;
    }

    private static String oneLine(String statement) {
        String s = statement.replaceAll("\\s+", " ");
        return s.length() > 110 ? s.substring(0, 110) + "..." : s;
    }
}
