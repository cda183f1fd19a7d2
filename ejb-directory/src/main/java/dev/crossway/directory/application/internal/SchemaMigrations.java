package dev.crossway.directory.application.internal;

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

    @Resource(lookup = "java:jboss/datasources/CrosswayDS")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult r = DirectoryMigrations.migrate(dataSource);
        LOG.info("directory schema at version " + r.targetSchemaVersion + " (" + r.migrationsExecuted + " migrations applied)");
    }
}
