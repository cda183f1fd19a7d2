package dev.crossway.directory.application.internal;

import dev.crossway.directory.application.AuditExportBacklog;
import dev.crossway.directory.infrastructure.atna.AtnaOutbox;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultAuditExportBacklog implements AuditExportBacklog {

    @Resource(lookup = "java:jboss/datasources/CrosswayDS")
    DataSource dataSource;

    @Override
    public long waiting() {
        try (Connection c = dataSource.getConnection()) {
            return AtnaOutbox.waiting(c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the ATNA outbox (SQLState " + e.getSQLState() + ")", e);
        }
    }
}
