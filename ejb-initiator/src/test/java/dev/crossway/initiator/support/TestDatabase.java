package dev.crossway.initiator.support;

import dev.crossway.directory.infrastructure.persistence.DirectoryMigrations;
import dev.crossway.initiator.infrastructure.persistence.InitiatorMigrations;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A database of its own on the real MariaDB ({@code crossway.test.db.url}, root, empty password),
 * recreated and migrated by the real Flyway scripts (directory, then initiator) the first time a test
 * asks for it: {@code <crossway.test.db.name>_<suffix>}. It is its own {@link DataSource}.
 */
public final class TestDatabase implements DataSource {

    private static final String SERVER = System.getProperty("crossway.test.db.url", "jdbc:mysql://127.0.0.1:3306/");
    private static final String OPTIONS = "?rewriteBatchedStatements=true&sslMode=DISABLED&allowPublicKeyRetrieval=true";

    private final String name;

    private TestDatabase(String name) {
        this.name = name;
    }

    /** Recreates and migrates the database. */
    public static TestDatabase fresh(String suffix) {
        TestDatabase db = new TestDatabase(System.getProperty("crossway.test.db.name", "crossway_inittest") + "_" + suffix);
        try (Connection c = DriverManager.getConnection(SERVER + OPTIONS, "root", ""); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + db.name);
            s.execute("create database " + db.name + " character set utf8mb4 collate utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB at " + SERVER + " is needed for this test", e);
        }
        DirectoryMigrations.migrate(db);
        InitiatorMigrations.migrate(db);
        return db;
    }

    /** A new connection in auto-commit mode; the caller closes it. */
    public Connection connection() throws SQLException {
        return getConnection();
    }

    public DataSource dataSource() {
        return this;
    }

    @Override public Connection getConnection() throws SQLException { return DriverManager.getConnection(SERVER + name + OPTIONS, "root", ""); }
    @Override public Connection getConnection(String u, String p) throws SQLException { return getConnection(); }
    @Override public PrintWriter getLogWriter() { return null; }
    @Override public void setLogWriter(PrintWriter out) { }
    @Override public void setLoginTimeout(int seconds) { }
    @Override public int getLoginTimeout() { return 0; }
    @Override public Logger getParentLogger() { return Logger.getGlobal(); }
    @Override public <T> T unwrap(Class<T> iface) throws SQLException { throw new SQLException("not a wrapper"); }
    @Override public boolean isWrapperFor(Class<?> iface) { return false; }
}
