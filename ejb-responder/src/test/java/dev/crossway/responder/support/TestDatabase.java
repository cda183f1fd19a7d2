package dev.crossway.responder.support;

import dev.crossway.responder.infrastructure.persistence.ResponderMigrations;
import dev.crossway.testsupport.MigratedDatabase;
import dev.crossway.testsupport.TestMariaDb;

/**
 * The responder's test database {@code crossway_resptest} (or {@code crossway.test.db.name}) on the
 * test MariaDB: recreated once per test JVM, migrated by the responder's Flyway scripts, mapped by
 * persistence unit {@code responder-test}. Tests clear the tables they use with {@link #clear()}.
 */
public final class TestDatabase {

    public static final MigratedDatabase DB = new MigratedDatabase(
            TestMariaDb.name("crossway_resptest"), "responder-test", ResponderMigrations::migrate);

    private TestDatabase() {
    }

    /** Empties every responder table; the audit table's triggers refuse DELETE, so they are truncated (DDL). */
    public static void clear() {
        DB.truncate("document_content", "stored_document", "patient_name_key", "patient_identifier",
                "patient", "hosted_community", "trust_anchor", "audit_record_document", "audit_record");
    }
}
