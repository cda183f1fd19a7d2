package dev.crossway.initiator.application.internal;

import dev.crossway.interop.config.Setting;
import dev.crossway.directory.infrastructure.persistence.ApplicationPrivileges;
import dev.crossway.initiator.infrastructure.persistence.InitiatorMigrations;
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
 * Brings the initiator schema up to date before anything uses it; the other startup beans of
 * this module are {@code @DependsOn("InitiatorSchemaMigrations")}. Outside any JTA transaction.
 */
@Startup
@Singleton(name = "InitiatorSchemaMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InitiatorSchemaMigrations {

    private static final Logger LOG = Logger.getLogger(InitiatorSchemaMigrations.class.getName());

    /** The schema's owner: the migrations run as this account (see {@link ApplicationPrivileges}). */
    @Resource(lookup = "java:jboss/datasources/CrosswayMigrationDS")
    DataSource owner;


    @PostConstruct
    void migrate() {
        MigrateResult r = InitiatorMigrations.migrate(owner,
                ApplicationPrivileges.forApplication(Setting.value("crossway.db.user", "crossway"), owner,
                        Setting.value("crossway.db.app-role", "")));
        LOG.info("initiator schema at version " + r.targetSchemaVersion + " (" + r.migrationsExecuted + " migrations applied)");
    }
}
