package dev.crossway.testsupport;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The MariaDB (or MySQL) server the unit tests use: {@code crossway.test.db.url} (default
 * 127.0.0.1:3306) as {@code crossway.test.db.user} (root) with {@code crossway.test.db.password}
 * (empty). A run names its databases after {@code crossway.test.db.name}, so two runs on one server
 * never share one.
 */
public final class TestMariaDb {

    public static final String SERVER = System.getProperty("crossway.test.db.url", "jdbc:mysql://127.0.0.1:3306/");
    public static final String USER = System.getProperty("crossway.test.db.user", "root");
    public static final String PASSWORD = System.getProperty("crossway.test.db.password", "");
    private static final String OPTIONS = "?rewriteBatchedStatements=true&sslMode=DISABLED&allowPublicKeyRetrieval=true";

    private TestMariaDb() {
    }

    /** {@code crossway.test.db.name} when the run gives one, else the module's own {@code fallback}. */
    public static String name(String fallback) {
        return System.getProperty("crossway.test.db.name", fallback);
    }

    /** The JDBC URL of {@code database} on the test server. */
    public static String url(String database) {
        return SERVER + database + OPTIONS;
    }

    /** A connection to the test server as its administrator (root), with no database selected. */
    public static Connection administrator() throws SQLException {
        return DriverManager.getConnection(SERVER + OPTIONS, USER, PASSWORD);
    }

    /** Drops {@code database} if it exists and creates it empty (utf8mb4, as the installation's). */
    public static void recreate(String database) {
        try (Connection c = administrator(); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + database);
            s.execute("create database " + database + " character set utf8mb4 collate utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB at " + SERVER + " is needed for this test", e);
        }
    }

    /** The database at {@code url} (on the test server) as {@code user}: a new connection each time, no pool. */
    public static DataSource dataSource(String url, String user, String password) {
        return new DataSource() {
            @Override public Connection getConnection() throws SQLException { return DriverManager.getConnection(url, user, password); }
            @Override public Connection getConnection(String u, String p) throws SQLException { return DriverManager.getConnection(url, u, p); }
            @Override public PrintWriter getLogWriter() { return null; }
            @Override public void setLogWriter(PrintWriter out) { }
            @Override public void setLoginTimeout(int seconds) { }
            @Override public int getLoginTimeout() { return 0; }
            @Override public Logger getParentLogger() { return Logger.getGlobal(); }
            @Override public <T> T unwrap(Class<T> iface) throws SQLException { throw new SQLException("not a wrapper"); }
            @Override public boolean isWrapperFor(Class<?> iface) { return false; }
        };
    }
}
