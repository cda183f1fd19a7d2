package dev.crossway.testsupport;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * One database on the {@link TestMariaDb test server}: recreated and migrated by the module's real
 * Flyway scripts the first time a test asks for it ({@link #create()}, {@link #emf()}), and mapped by
 * Hibernate in RESOURCE_LOCAL mode with the module's test persistence unit. Tests empty the tables
 * they use ({@link #deleteFrom}, {@link #truncate}) rather than recreate it.
 */
public final class MigratedDatabase {

    private final String name;
    private final String unit;
    private final Consumer<DataSource> migrations;
    private boolean created;
    private EntityManagerFactory emf;

    /** Database {@code name}, migrated by {@code migrations}, mapped by persistence unit {@code unit}. */
    public MigratedDatabase(String name, String unit, Consumer<DataSource> migrations) {
        this.name = Objects.requireNonNull(name);
        this.unit = Objects.requireNonNull(unit);
        this.migrations = Objects.requireNonNull(migrations);
    }

    /** Database {@code name}, migrated by {@code migrations}, read with plain JDBC only. */
    public MigratedDatabase(String name, Consumer<DataSource> migrations) {
        this.name = Objects.requireNonNull(name);
        this.unit = null;
        this.migrations = Objects.requireNonNull(migrations);
    }

    public String name() {
        return name;
    }

    public String url() {
        return TestMariaDb.url(name);
    }

    /** Connections to this database as the test server's user; asking does not create it. */
    public DataSource dataSource() {
        return TestMariaDb.dataSource(url(), TestMariaDb.USER, TestMariaDb.PASSWORD);
    }

    /** A new connection in auto-commit mode; the caller closes it. */
    public Connection connection() throws SQLException {
        return dataSource().getConnection();
    }

    /** Recreates and migrates the database, once for this object. */
    public synchronized MigratedDatabase create() {
        if (!created) {
            TestMariaDb.recreate(name);
            migrations.accept(dataSource());
            created = true;
        }
        return this;
    }

    public synchronized EntityManagerFactory emf() {
        if (emf == null) {
            if (unit == null) {
                throw new IllegalStateException(name + " has no persistence unit");
            }
            create();
            emf = Persistence.createEntityManagerFactory(unit, Map.of(
                    "jakarta.persistence.jdbc.url", url(),
                    "jakarta.persistence.jdbc.user", TestMariaDb.USER,
                    "jakarta.persistence.jdbc.password", TestMariaDb.PASSWORD,
                    "jakarta.persistence.jdbc.driver", "com.mysql.cj.jdbc.Driver"));
        }
        return emf;
    }

    /** Runs {@code work} in a transaction of its own (a fresh EntityManager), committing, or rolling back on an exception. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
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

    public void execute(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    public long count(String table) {
        return inTransaction(em -> ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue());
    }

    /** Deletes every row of {@code tables}, in this order (children before parents), in one transaction. */
    public void deleteFrom(String... tables) {
        execute(em -> {
            for (String t : tables) {
                em.createNativeQuery("delete from " + t).executeUpdate();
            }
        });
    }

    /** Truncates {@code tables} with foreign key checks off: for tables whose triggers refuse DELETE (truncate is DDL). */
    public void truncate(String... tables) {
        execute(em -> {
            em.createNativeQuery("set foreign_key_checks = 0").executeUpdate();
            try {
                for (String t : tables) {
                    em.createNativeQuery("truncate table " + t).executeUpdate();
                }
            } finally {
                // the session setting would outlive this transaction on the pooled connection
                em.createNativeQuery("set foreign_key_checks = 1").executeUpdate();
            }
        });
    }
}
