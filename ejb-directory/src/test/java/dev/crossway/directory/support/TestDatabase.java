package dev.crossway.directory.support;

import dev.crossway.directory.infrastructure.persistence.DirectoryMigrations;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The test database {@code crossway_dirtest} on the shared MariaDB (127.0.0.1:3306, root, empty
 * password): recreated once per test JVM, migrated by the real Flyway scripts, and mapped by
 * Hibernate in RESOURCE_LOCAL mode. Tests clear the tables they use with {@link #clear()}.
 */
public final class TestDatabase {

    public static final String NAME = System.getProperty("crossway.test.db.name", "crossway_dirtest");
    private static final String SERVER = System.getProperty("crossway.test.db.url", "jdbc:mysql://127.0.0.1:3306/");
    private static final String USER = System.getProperty("crossway.test.db.user", "root");
    private static final String PASSWORD = System.getProperty("crossway.test.db.password", "");
    private static final String OPTIONS = "?rewriteBatchedStatements=true&sslMode=DISABLED&allowPublicKeyRetrieval=true";

    private static EntityManagerFactory emf;

    private TestDatabase() {
    }

    public static synchronized EntityManagerFactory emf() {
        if (emf == null) {
            try (Connection c = DriverManager.getConnection(SERVER + OPTIONS, USER, PASSWORD);
                 Statement s = c.createStatement()) {
                s.execute("drop database if exists " + NAME);
                s.execute("create database " + NAME + " character set utf8mb4 collate utf8mb4_unicode_ci");
            } catch (SQLException e) {
                throw new IllegalStateException("MariaDB at " + SERVER + " is needed for this test", e);
            }
            DirectoryMigrations.migrate(dataSource());
            emf = Persistence.createEntityManagerFactory("directory-test", Map.of(
                    "jakarta.persistence.jdbc.url", url(),
                    "jakarta.persistence.jdbc.user", USER,
                    "jakarta.persistence.jdbc.password", PASSWORD,
                    "jakarta.persistence.jdbc.driver", "com.mysql.cj.jdbc.Driver"));
        }
        return emf;
    }

    public static String url() {
        return SERVER + NAME + OPTIONS;
    }

    /** Runs {@code work} in a transaction of its own (a fresh EntityManager), committing, or rolling back on an exception. */
    public static <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf().createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } catch (RuntimeException | Error e) {
            // an Error too (a failed assertion): a connection must never go back to the pool mid-transaction
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            throw e;
        } finally {
            em.close();
        }
    }

    public static void execute(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    private static boolean zipsLoaded;

    /** Loads ../shared/geo/zcta.csv into zip_centroid once per JVM (the real Census centroids). */
    public static synchronized void ensureZipCentroids() {
        if (zipsLoaded) {
            return;
        }
        execute(em -> {
            var repo = new dev.crossway.directory.infrastructure.persistence.JpaZipCentroidRepository(em);
            try (var in = java.nio.file.Files.newInputStream(Shared.path("geo/zcta.csv"))) {
                new dev.crossway.directory.infrastructure.geo.ZipCsvReader(500).read(in, repo::upsert);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        zipsLoaded = true;
    }

    /** Empties every directory table except the ZIP centroids. */
    public static void clear() {
        execute(em -> {
            for (String t : new String[] {"organization_alias", "organization_contact", "organization_endpoint",
                    "organization", "sync_run_error", "sync_run", "directory_audit_event"}) {
                em.createNativeQuery("delete from " + t).executeUpdate();
            }
        });
    }

    public static long count(String table) {
        return inTransaction(em -> ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue());
    }

    public static DataSource dataSource() {
        return new DataSource() {
            @Override public Connection getConnection() throws SQLException { return DriverManager.getConnection(url(), USER, PASSWORD); }
            @Override public Connection getConnection(String u, String p) throws SQLException { return DriverManager.getConnection(url(), u, p); }
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
