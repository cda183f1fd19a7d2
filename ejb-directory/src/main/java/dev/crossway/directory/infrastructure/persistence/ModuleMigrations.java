package dev.crossway.directory.infrastructure.persistence;

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
 * One module's schema migrations with Flyway, shared by the directory, the responder and the
 * initiator. Each module owns its scripts and its own history table in the one schema. The
 * scripts are listed rather than found by classpath scanning, because scanning a deployment
 * inside WildFly needs JBoss VFS support; a new migration is added to the module's list as well
 * as to its folder.
 *
 * @param location      the classpath folder, e.g. {@code db/migration/responder}
 * @param historyTable  the module's Flyway history table
 * @param scripts       the file names, in version order
 */
public record ModuleMigrations(String location, String historyTable, List<String> scripts) {

    public ModuleMigrations {
        scripts = List.copyOf(scripts);
    }

    /** Runs the pending scripts with {@code loader} (the module's own class loader). */
    public MigrateResult migrate(DataSource dataSource, ClassLoader loader) {
        return migrate(dataSource, loader, ApplicationPrivileges.NONE);
    }

    /**
     * Runs the pending scripts through {@code owner} (the schema's owner), then grants the
     * application's role its rights on every table, in the same run.
     */
    public MigrateResult migrate(DataSource owner, ClassLoader loader, ApplicationPrivileges privileges) {
        return Flyway.configure(loader)
                .dataSource(owner)
                .callbacks(privileges)
                .table(historyTable)
                .locations("classpath:" + location)
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

    /** The listed scripts, read from the module's class loader. */
    private final class ListedScripts implements ResourceProvider {

        private final ClassLoader loader;

        ListedScripts(ClassLoader loader) {
            this.loader = loader;
        }

        @Override
        public LoadableResource getResource(String name) {
            String file = name.substring(name.lastIndexOf('/') + 1);
            return scripts.contains(file) ? new Script(file, load(file)) : null;
        }

        @Override
        public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
            List<LoadableResource> found = new ArrayList<>();
            for (String file : scripts) {
                if (file.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(file::endsWith)) {
                    found.add(new Script(file, load(file)));
                }
            }
            return found;
        }

        private String load(String file) {
            try (InputStream in = loader.getResourceAsStream(location + "/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("migration script missing from the deployment: " + file);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot read migration " + file, e);
            }
        }
    }

    private final class Script extends LoadableResource {
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
            return location + "/" + file;
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
