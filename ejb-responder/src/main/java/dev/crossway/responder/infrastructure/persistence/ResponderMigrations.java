package dev.crossway.responder.infrastructure.persistence;

import dev.crossway.directory.infrastructure.persistence.ApplicationPrivileges;
import dev.crossway.directory.infrastructure.persistence.ModuleMigrations;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;

/** The responder schema. A new migration is added to this list as well as to {@code db/migration/responder}. */
public final class ResponderMigrations {

    public static final String HISTORY_TABLE = "flyway_history_responder";
    static final ModuleMigrations MIGRATIONS = new ModuleMigrations("db/migration/responder", HISTORY_TABLE,
            List.of("V1__responder.sql", "V2__trust_anchor_kind.sql", "V2_1__audit_client_certificate.sql",
                    "V3__idempotent_reply.sql", "V4__audit_complete_records.sql",
                    "V6__store_consent_and_document_lifecycle.sql"));

    private ResponderMigrations() {
    }

    public static MigrateResult migrate(DataSource dataSource) {
        return MIGRATIONS.migrate(dataSource, ResponderMigrations.class.getClassLoader());
    }

    /** Migrates through the schema's owner, then grants the application's role its rights. */
    public static MigrateResult migrate(DataSource owner, ApplicationPrivileges privileges) {
        return MIGRATIONS.migrate(owner, ResponderMigrations.class.getClassLoader(), privileges);
    }
}
