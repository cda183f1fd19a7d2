package dev.crossway.responder.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossway.directory.infrastructure.persistence.ApplicationPrivileges;
import dev.crossway.directory.infrastructure.persistence.DirectoryMigrations;
import dev.crossway.responder.support.TestDatabase;
import dev.crossway.testsupport.TestMariaDb;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two database accounts of a production installation, made for real on the test server: the
 * schema's owner runs every module's migrations, and the application's account, whose only rights
 * come through its role, cannot change the schema or the audit trail.
 */
class ApplicationPrivilegesTest {

    static final String DATABASE = TestDatabase.DB.name() + "_priv";
    static final String OWNER = DATABASE + "_own";
    static final String APP = DATABASE + "_app";
    static final String ROLE = DATABASE + "_role";
    static final String PASSWORD = "Priv-test-1";

    static DataSource owner;
    static DataSource app;

    @BeforeAll
    static void twoAccountsAndTheMigrations() throws SQLException {
        dropAll();
        try (Connection c = TestMariaDb.administrator(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE `" + DATABASE + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            s.execute("CREATE ROLE `" + ROLE + "`");
            for (String host : new String[] {"localhost", "127.0.0.1"}) {
                s.execute("CREATE USER '" + OWNER + "'@'" + host + "' IDENTIFIED BY '" + PASSWORD + "'");
                s.execute("GRANT ALL PRIVILEGES ON `" + DATABASE + "`.* TO '" + OWNER + "'@'" + host + "' WITH GRANT OPTION");
                s.execute("CREATE USER '" + APP + "'@'" + host + "' IDENTIFIED BY '" + PASSWORD + "'");
                s.execute("GRANT `" + ROLE + "` TO '" + APP + "'@'" + host + "'");
                s.execute("SET DEFAULT ROLE `" + ROLE + "` FOR '" + APP + "'@'" + host + "'");
            }
        }
        owner = TestMariaDb.dataSource(TestMariaDb.url(DATABASE), OWNER, PASSWORD);
        app = TestMariaDb.dataSource(TestMariaDb.url(DATABASE), APP, PASSWORD);
        ApplicationPrivileges grants = ApplicationPrivileges.forApplication(APP, owner, ROLE);
        DirectoryMigrations.migrate(owner, grants);
        ResponderMigrations.migrate(owner, grants);
    }

    @AfterAll
    static void dropTheAccounts() throws SQLException {
        dropAll();
    }

    static void dropAll() throws SQLException {
        try (Connection c = TestMariaDb.administrator(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + DATABASE + "`");
            for (String host : new String[] {"localhost", "127.0.0.1"}) {
                s.execute("DROP USER IF EXISTS '" + OWNER + "'@'" + host + "'");
                s.execute("DROP USER IF EXISTS '" + APP + "'@'" + host + "'");
            }
            s.execute("DROP ROLE IF EXISTS `" + ROLE + "`");
        }
    }

    @Test
    void theApplicationCannotAlterOrDropATable() {
        assertThatThrownBy(() -> asApp("ALTER TABLE hosted_community ADD COLUMN intruder INT"))
                .isInstanceOf(SQLException.class).hasMessageContaining("denied");
        assertThatThrownBy(() -> asApp("DROP TABLE organization")).isInstanceOf(SQLException.class).hasMessageContaining("denied");
        assertThatThrownBy(() -> asApp("TRUNCATE TABLE audit_record")).isInstanceOf(SQLException.class).hasMessageContaining("denied");
        assertThatThrownBy(() -> asApp("CREATE TABLE intruder (id INT)")).isInstanceOf(SQLException.class).hasMessageContaining("denied");
    }

    @Test
    void theApplicationCannotDropOrAddATrigger() {
        assertThatThrownBy(() -> asApp("DROP TRIGGER audit_record_no_update")).isInstanceOf(SQLException.class).hasMessageContaining("denied");
        assertThatThrownBy(() -> asApp("CREATE TRIGGER intruder BEFORE INSERT ON patient FOR EACH ROW SET NEW.id = NEW.id"))
                .isInstanceOf(SQLException.class).hasMessageContaining("denied");
    }

    @Test
    void theApplicationAddsAndReadsAuditRowsButNeverChangesThem() throws SQLException {
        asApp("INSERT INTO audit_record (record_key, occurred_at, request_id, transaction_code, outcome)"
                + " VALUES ('priv-key-1', NOW(6), 'priv-1', 'ITI-55', 'SUCCESS')");
        asApp("INSERT INTO audit_record_document (record_key, position, document_unique_id) VALUES ('priv-key-1', 0, '1.2.3')");
        assertThat(countAsApp("SELECT COUNT(*) FROM audit_record WHERE request_id = 'priv-1'")).isEqualTo(1);
        assertThatThrownBy(() -> asApp("DELETE FROM audit_record_document WHERE record_key = 'priv-key-1'"))
                .isInstanceOf(SQLException.class).hasMessageContaining("DELETE command denied");
        // refused by the grants themselves ("command denied"), before the insert-only triggers
        assertThatThrownBy(() -> asApp("UPDATE audit_record SET outcome = 'FAILURE' WHERE request_id = 'priv-1'"))
                .isInstanceOf(SQLException.class).hasMessageContaining("UPDATE command denied");
        assertThatThrownBy(() -> asApp("DELETE FROM audit_record WHERE request_id = 'priv-1'"))
                .isInstanceOf(SQLException.class).hasMessageContaining("DELETE command denied");

        asApp("INSERT INTO directory_audit_event (actor, action, organization_oid, occurred) VALUES ('t', 'CREATE', '1.2.3', NOW(6))");
        assertThat(countAsApp("SELECT COUNT(*) FROM directory_audit_event")).isEqualTo(1);
        assertThatThrownBy(() -> asApp("DELETE FROM directory_audit_event")).isInstanceOf(SQLException.class)
                .hasMessageContaining("DELETE command denied");
    }

    @Test
    void theApplicationChangesItsOwnDataAndNotFlywaysHistory() throws SQLException {
        assertThatCode(() -> {
            asApp("UPDATE trust_anchor_revision SET revision = revision + 1 WHERE id = 1");
            asApp("DELETE FROM sync_run_error");
        }).doesNotThrowAnyException();
        assertThat(countAsApp("SELECT COUNT(*) FROM trust_anchor_revision")).isEqualTo(1);
        assertThatThrownBy(() -> countAsApp("SELECT COUNT(*) FROM " + ResponderMigrations.HISTORY_TABLE))
                .isInstanceOf(SQLException.class).hasMessageContaining("denied");
    }

    /**
     * The modules migrate at once at deployment: a table another module listed can be gone (or not
     * yet usable) when its grant comes. It is passed over, the rest are granted, and the grant
     * still fails on anything else.
     */
    @Test
    void aTableGoneBetweenListingAndGrantingIsPassedOver() throws SQLException {
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE priv_late (id INT PRIMARY KEY)");
            ApplicationPrivileges grants = ApplicationPrivileges.forApplication(APP, owner, ROLE);
            assertThatCode(() -> grants.grant(c, java.util.List.of("priv_vanished", "priv_late"))).doesNotThrowAnyException();
            asApp("INSERT INTO priv_late (id) VALUES (1)");
            assertThatThrownBy(() -> ApplicationPrivileges.toRole(DATABASE + "_no_such_role").grant(c, java.util.List.of("priv_late")))
                    .isInstanceOf(SQLException.class);
            s.execute("DROP TABLE priv_late");
        }
    }

    @Test
    void oneAccountForBothNeedsNoGrantsAndTwoWithoutARoleAreRefused() {
        assertThat(ApplicationPrivileges.forApplication(OWNER, owner, "")).isSameAs(ApplicationPrivileges.NONE);
        assertThatThrownBy(() -> ApplicationPrivileges.forApplication(APP, owner, ""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("CROSSWAY_DB_APP_ROLE");
        assertThatThrownBy(() -> ApplicationPrivileges.toRole("app'; DROP DATABASE x; --"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static void asApp(String sql) throws SQLException {
        try (Connection c = app.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static long countAsApp(String sql) throws SQLException {
        try (Connection c = app.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
