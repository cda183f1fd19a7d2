package dev.crossway.directory.application.internal;

import dev.crossway.interop.config.Setting;
import dev.crossway.directory.infrastructure.persistence.ApplicationPrivileges;
import dev.crossway.directory.infrastructure.persistence.DirectoryMigrations;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the directory schema up to date before anything uses it. Every other startup bean of
 * this module that touches the database is {@code @DependsOn("SchemaMigrations")}. Flyway commits
 * on its own connection, so this runs outside any JTA transaction.
 */
@Startup
@Singleton(name = "SchemaMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigrations {

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    /** The schema's owner: the migrations run as this account (see {@link ApplicationPrivileges}). */
    @Resource(lookup = "java:jboss/datasources/CrosswayMigrationDS")
    DataSource owner;


    @PostConstruct
    void migrate() {
        MigrateResult r = DirectoryMigrations.migrate(owner,
                ApplicationPrivileges.forApplication(Setting.value("crossway.db.user", "crossway"), owner,
                        Setting.value("crossway.db.app-role", "")));
        LOG.info("directory schema at version " + r.targetSchemaVersion + " (" + r.migrationsExecuted + " migrations applied)");
    }
}
