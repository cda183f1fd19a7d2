package dev.crossway.initiator.infrastructure.persistence;

import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Migrates the initiator schema with Flyway. The scripts are listed here rather than found by
 * classpath scanning, because scanning a deployment inside WildFly needs JBoss VFS support; a
 * new migration is added to {@link #SCRIPTS} as well as to {@code db/migration/initiator}.
 */
public final class InitiatorMigrations {

    public static final String HISTORY_TABLE = "flyway_history_initiator";
    static final String LOCATION = "db/migration/initiator";
    static final List<String> SCRIPTS = List.of("V1__initiator.sql");

    private InitiatorMigrations() {
    }

    public static MigrateResult migrate(DataSource dataSource) {
        ClassLoader loader = InitiatorMigrations.class.getClassLoader();
        return Flyway.configure(loader)
                .dataSource(dataSource)
                .table(HISTORY_TABLE)
                .locations("classpath:" + LOCATION)
                .resourceProvider(new ListedScripts(loader))
                .javaMigrationClassProvider(List::of)
                // the modules share one schema, each with its own history table: the module that
                // migrates second finds tables that are not its own, so it baselines at 0 and
                // then applies all of its versions
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }

    /** The scripts of {@link #SCRIPTS}, read from this module's class loader. */
    private static final class ListedScripts implements ResourceProvider {

        private final ClassLoader loader;

        ListedScripts(ClassLoader loader) {
            this.loader = loader;
        }

        @Override
        public LoadableResource getResource(String name) {
            String file = name.substring(name.lastIndexOf('/') + 1);
            return SCRIPTS.contains(file) ? new Script(file, load(file)) : null;
        }

        @Override
        public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
            List<LoadableResource> found = new ArrayList<>();
            for (String file : SCRIPTS) {
                if (file.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(file::endsWith)) {
                    found.add(new Script(file, load(file)));
                }
            }
            return found;
        }

        private String load(String file) {
            try (InputStream in = loader.getResourceAsStream(LOCATION + "/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("migration script missing from the deployment: " + file);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot read migration " + file, e);
            }
        }
    }

    private static final class Script extends LoadableResource {
        private final String file;
        private final String text;

        Script(String file, String text) {
            this.file = file;
            this.text = text;
        }

        @Override
        public Reader read() {
            return new StringReader(text);
        }

        @Override
        public String getAbsolutePath() {
            return LOCATION + "/" + file;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return null;
        }

        @Override
        public String getFilename() {
            return file;
        }

        @Override
        public String getRelativePath() {
            return file;
        }
    }
}
