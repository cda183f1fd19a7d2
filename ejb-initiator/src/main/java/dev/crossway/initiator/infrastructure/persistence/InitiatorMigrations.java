package dev.crossway.initiator.infrastructure.persistence;

import dev.crossway.directory.infrastructure.persistence.ApplicationPrivileges;
import dev.crossway.directory.infrastructure.persistence.ModuleMigrations;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;

/** The initiator schema. A new migration is added to this list as well as to {@code db/migration/initiator}. */
public final class InitiatorMigrations {

    public static final String HISTORY_TABLE = "flyway_history_initiator";
    static final ModuleMigrations MIGRATIONS = new ModuleMigrations("db/migration/initiator", HISTORY_TABLE,
            List.of("V1__initiator.sql", "V2__document_location.sql", "V3__owner.sql", "V4__initiator_audit.sql",
                    "V5__patient_query_job.sql", "V6__webhooks.sql", "V7__appointment_claims.sql", "V8__link_reuse.sql"));

    private InitiatorMigrations() {
    }

    public static MigrateResult migrate(DataSource dataSource) {
        return MIGRATIONS.migrate(dataSource, InitiatorMigrations.class.getClassLoader());
    }

    /** Migrates through the schema's owner, then grants the application's role its rights. */
    public static MigrateResult migrate(DataSource owner, ApplicationPrivileges privileges) {
        return MIGRATIONS.migrate(owner, InitiatorMigrations.class.getClassLoader(), privileges);
    }
}
