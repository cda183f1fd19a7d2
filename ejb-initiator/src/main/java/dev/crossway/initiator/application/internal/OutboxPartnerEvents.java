package dev.crossway.initiator.application.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossway.initiator.application.PartnerEvents;
import dev.crossway.initiator.domain.webhook.Destination;
import dev.crossway.initiator.domain.webhook.EventNames;
import dev.crossway.initiator.infrastructure.webhook.JdbcDestinations;
import dev.crossway.initiator.infrastructure.webhook.WebhookOutbox;
import dev.crossway.interop.id.RandomUuids;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Publishes partner events into the durable outbox: one {@code webhook_delivery} row per
 * destination of the owner subscribed to the event, written on a connection of the caller's
 * transaction (so an event exists exactly when what it reports was committed). After the commit
 * the node's {@link WebhookDispatcher} is woken; any node may deliver it.
 */
@Stateless
public class OutboxPartnerEvents implements PartnerEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Resource(lookup = "java:jboss/datasources/CrosswayDS")
    DataSource dataSource;
    @Resource
    TransactionSynchronizationRegistry transactions;
    @EJB
    WebhookDispatcher dispatcher;

    @Override
    public void publish(String owner, String type, String json) {
        Objects.requireNonNull(owner, "owner");
        if (!EventNames.known(type)) {
            throw new IllegalArgumentException("unknown partner event " + type);
        }
        requireObject(json);
        try (Connection c = dataSource.getConnection()) {
            List<Destination> to = new JdbcDestinations(c).list(owner).stream().filter(d -> d.subscribes(type)).toList();
            if (to.isEmpty()) {
                return;
            }
            new WebhookOutbox(c).enqueue(to, RandomUuids.next().toString(), type, json, Instant.now());
        } catch (SQLException e) {
            throw new IllegalStateException("webhook outbox: " + e.getMessage(), e);
        }
        AfterCommit.run(transactions, dispatcher::wake);
    }

    /** The envelope carries the body as a JSON value byte for byte: it must be exactly one JSON object. */
    static void requireObject(String json) {
        if (json == null) {
            throw new IllegalArgumentException("an event body is required");
        }
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("an event body must be a JSON object");
            }
            p.skipChildren();
            if (p.nextToken() != null) {
                throw new IllegalArgumentException("an event body must be one JSON object");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("an event body must be JSON: " + e.getMessage(), e);
        }
    }
}
