package dev.crossway.directory.infrastructure.persistence;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;

/** The directory schema. A new migration is added to this list as well as to {@code db/migration/directory}. */
public final class DirectoryMigrations {

    public static final String HISTORY_TABLE = "flyway_history_directory";
    static final ModuleMigrations MIGRATIONS = new ModuleMigrations("db/migration/directory", HISTORY_TABLE,
            List.of("V1__directory.sql", "V2__name_search_fulltext.sql", "V3__schedule_claim.sql", "V4__atna_outbox.sql",
                    "V5__jgroups_discovery.sql", "V6__radius_band_index.sql"));

    private DirectoryMigrations() {
    }

    public static MigrateResult migrate(DataSource dataSource) {
        return MIGRATIONS.migrate(dataSource, DirectoryMigrations.class.getClassLoader());
    }

    /** Migrates through the schema's owner, then grants the application's role its rights. */
    public static MigrateResult migrate(DataSource owner, ApplicationPrivileges privileges) {
        return MIGRATIONS.migrate(owner, DirectoryMigrations.class.getClassLoader(), privileges);
    }
}
