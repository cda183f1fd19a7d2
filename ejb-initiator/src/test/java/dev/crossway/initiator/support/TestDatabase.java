package dev.crossway.initiator.support;

import dev.crossway.directory.infrastructure.persistence.DirectoryMigrations;
import dev.crossway.initiator.infrastructure.persistence.InitiatorMigrations;
import dev.crossway.testsupport.MigratedDatabase;
import dev.crossway.testsupport.TestMariaDb;

/**
 * The initiator's test databases on the test MariaDB, one per test class:
 * {@code <crossway.test.db.name>_<suffix>} (default {@code crossway_inittest_<suffix>}), migrated by
 * the real Flyway scripts, directory then initiator, as the deployment runs them.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    /** Recreates and migrates the database. */
    public static MigratedDatabase fresh(String suffix) {
        return new MigratedDatabase(TestMariaDb.name("crossway_inittest") + "_" + suffix, ds -> {
            DirectoryMigrations.migrate(ds);
            InitiatorMigrations.migrate(ds);
        }).create();
    }
}
