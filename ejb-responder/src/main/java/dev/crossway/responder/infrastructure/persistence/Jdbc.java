package dev.crossway.responder.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.hibernate.Session;

/**
 * Reads in plain JDBC for the gateway's per-request queries that map no entity: a native query
 * through the entity manager opened a Hibernate session per call outside a transaction (the
 * gateway runs without one) and went through Hibernate's result plumbing for a few columns.
 */
final class Jdbc {

    /** What runs on the connection. */
    @FunctionalInterface
    interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    private Jdbc() {
    }

    /**
     * On a connection of {@code dataSource} (in the server: enlisted in the caller's JTA transaction
     * when there is one; its callers, the gateway's responders, run without one and change nothing,
     * so there is nothing unflushed it could miss), or, without one (tests in {@code RESOURCE_LOCAL}),
     * on the entity manager's own connection and transaction, flushed first as Hibernate flushes
     * before a native query.
     */
    static <T> T read(DataSource dataSource, EntityManager em, Work<T> work) {
        if (dataSource == null) {
            if (em.getTransaction().isActive()) {
                em.flush();
            }
            return em.unwrap(Session.class).doReturningWork(work::apply);
        }
        try (Connection c = dataSource.getConnection()) {
            return work.apply(c);
        } catch (SQLException e) {
            throw new PersistenceException("a read failed: " + e.getMessage(), e);
        }
    }
}
