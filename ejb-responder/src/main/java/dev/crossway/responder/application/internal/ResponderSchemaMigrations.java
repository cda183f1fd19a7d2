package dev.crossway.responder.application.internal;

import dev.crossway.interop.config.Setting;
import dev.crossway.directory.infrastructure.persistence.ApplicationPrivileges;
import dev.crossway.responder.infrastructure.persistence.ResponderMigrations;
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
 * Brings the responder schema up to date before anything uses it. Startup beans of this module
 * that touch the database are {@code @DependsOn("ResponderSchemaMigrations")}. Flyway commits on
 * its own connection, so this runs outside any JTA transaction.
 */
@Startup
@Singleton(name = "ResponderSchemaMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ResponderSchemaMigrations {

    private static final Logger LOG = Logger.getLogger(ResponderSchemaMigrations.class.getName());

    /** The schema's owner: the migrations run as this account (see {@link ApplicationPrivileges}). */
    @Resource(lookup = "java:jboss/datasources/CrosswayMigrationDS")
    DataSource owner;


    @PostConstruct
    void migrate() {
        MigrateResult r = ResponderMigrations.migrate(owner,
                ApplicationPrivileges.forApplication(Setting.value("crossway.db.user", "crossway"), owner,
                        Setting.value("crossway.db.app-role", "")));
        LOG.info("responder schema at version " + r.targetSchemaVersion + " (" + r.migrationsExecuted + " migrations applied)");
    }
}
