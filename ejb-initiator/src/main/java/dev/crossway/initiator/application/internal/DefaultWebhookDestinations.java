package dev.crossway.initiator.application.internal;

import dev.crossway.initiator.application.DeadLetterView;
import dev.crossway.initiator.application.DestinationRefusedException;
import dev.crossway.initiator.application.DestinationView;
import dev.crossway.initiator.application.InitiatorField;
import dev.crossway.initiator.application.InitiatorValidationException;
import dev.crossway.initiator.application.RegisteredDestination;
import dev.crossway.initiator.application.WebhookDestinations;
import dev.crossway.initiator.domain.webhook.Destination;
import dev.crossway.initiator.domain.webhook.EventNames;
import dev.crossway.initiator.domain.webhook.Signature;
import dev.crossway.initiator.infrastructure.webhook.JdbcDestinations;
import dev.crossway.initiator.infrastructure.webhook.WebhookOutbox;
import dev.crossway.interop.access.Caller;
import dev.crossway.interop.http.AddressPolicy;
import dev.crossway.interop.id.RandomUuids;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * Registers, lists and deletes webhook destinations, each owned by the calling client; the
 * address is checked against the outbound address policy here and again at every delivery.
 */
@Stateless
public class DefaultWebhookDestinations implements WebhookDestinations {

    static final int MAX_URL = 2000;

    @Resource(lookup = "java:jboss/datasources/CrosswayDS")
    DataSource dataSource;
    @Resource
    TransactionSynchronizationRegistry transactions;
    @EJB
    WebhookDispatcher dispatcher;

    @Override
    public RegisteredDestination register(Caller caller, String url, Set<String> events) {
        String checked = url(url);
        Set<String> names = events(events);
        return jdbc(c -> {
            JdbcDestinations destinations = new JdbcDestinations(c);
            int max = dispatcher.settings().maxDestinations();
            if (destinations.count(caller.owner()) >= max) {
                throw new DestinationRefusedException(DestinationRefusedException.TOO_MANY, InitiatorField.DESTINATION_URL,
                        "client " + caller.owner() + " has " + max + " destinations already: delete one first");
            }
            Destination d = new Destination(RandomUuids.next().toString(), caller.owner(), checked, names, Signature.newSecret(),
                    Instant.now().truncatedTo(ChronoUnit.MICROS));
            destinations.insert(d);
            return new RegisteredDestination(view(d), d.secret());
        });
    }

    @Override
    public List<DestinationView> list(Caller caller) {
        return jdbc(c -> new JdbcDestinations(c).list(scope(caller)).stream().map(DefaultWebhookDestinations::view).toList());
    }

    @Override
    public Optional<DestinationView> find(Caller caller, String id) {
        return jdbc(c -> new JdbcDestinations(c).find(id, scope(caller)).map(DefaultWebhookDestinations::view));
    }

    @Override
    public Optional<DestinationView> delete(Caller caller, String id) {
        return jdbc(c -> {
            JdbcDestinations destinations = new JdbcDestinations(c);
            Optional<Destination> d = destinations.find(id, scope(caller));
            return d.isPresent() && destinations.delete(id, scope(caller)) ? d.map(DefaultWebhookDestinations::view) : Optional.empty();
        });
    }

    @Override
    public List<DeadLetterView> deadLetters(Caller caller, int max) {
        return jdbc(c -> new WebhookOutbox(c).deadLetters(scope(caller), Math.max(1, Math.min(max, 1000))).stream()
                .map(DefaultWebhookDestinations::view).toList());
    }

    @Override
    public long deadLetterCount(Caller caller) {
        return jdbc(c -> new WebhookOutbox(c).deadLetterCount(scope(caller)));
    }

    @Override
    public Optional<DeadLetterView> resend(Caller caller, long deliveryId) {
        if (!caller.admin()) {
            throw new SecurityException("resending a delivery needs the admin role");
        }
        Optional<DeadLetterView> resent = jdbc(c -> {
            WebhookOutbox outbox = new WebhookOutbox(c);
            Optional<WebhookOutbox.DeadLetter> dead = outbox.deadLetter(deliveryId);
            return dead.isPresent() && outbox.resend(deliveryId, null, Instant.now())
                    ? dead.map(DefaultWebhookDestinations::view) : Optional.empty();
        });
        if (resent.isPresent()) {
            AfterCommit.run(transactions, dispatcher::wake);
        }
        return resent;
    }

    /** What the caller may see: its own destinations, or everyone's for an administrator. */
    private static String scope(Caller caller) {
        return caller.admin() ? null : caller.owner();
    }

    /** An absolute http(s) URL without user information or fragment, which the outbound policy allows now. */
    static String url(String url) {
        if (url == null || url.isBlank()) {
            throw new InitiatorValidationException(InitiatorField.DESTINATION_URL, "the destination's URL is required");
        }
        String u = url.trim();
        if (u.length() > MAX_URL) {
            throw new InitiatorValidationException(InitiatorField.DESTINATION_URL, "the URL is longer than " + MAX_URL + " characters");
        }
        URI uri;
        try {
            uri = new URI(u);
        } catch (URISyntaxException e) {
            throw new InitiatorValidationException(InitiatorField.DESTINATION_URL, "not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new InitiatorValidationException(InitiatorField.DESTINATION_URL, "an absolute https URL is required");
        }
        if (uri.getRawFragment() != null) {
            throw new InitiatorValidationException(InitiatorField.DESTINATION_URL, "the URL has a fragment");
        }
        AddressPolicy.Decision decision = AddressPolicy.fromEnvironment().check(u);
        if (decision instanceof AddressPolicy.Decision.Refused refused) {
            throw new DestinationRefusedException(DestinationRefusedException.ADDRESS_NOT_ALLOWED, InitiatorField.DESTINATION_URL, refused.message());
        }
        if (decision instanceof AddressPolicy.Decision.Unresolved unresolved) {
            throw new DestinationRefusedException(DestinationRefusedException.ADDRESS_NOT_ALLOWED, InitiatorField.DESTINATION_URL,
                    "the host " + unresolved.host() + " does not resolve");
        }
        return u;
    }

    static Set<String> events(Set<String> events) {
        if (events == null || events.isEmpty()) {
            throw new InitiatorValidationException(InitiatorField.DESTINATION_EVENTS, "at least one event is required, of " + new TreeSet<>(EventNames.KNOWN));
        }
        for (String e : events) {
            if (!EventNames.known(e)) {
                throw new DestinationRefusedException(DestinationRefusedException.UNKNOWN_EVENT, InitiatorField.DESTINATION_EVENTS,
                        "unknown event " + (e == null ? "null" : "\"" + e + "\"") + ": known are " + new TreeSet<>(EventNames.KNOWN));
            }
        }
        return Set.copyOf(events);
    }

    static DeadLetterView view(WebhookOutbox.DeadLetter d) {
        return new DeadLetterView(d.id(), d.destinationId(), d.owner(), d.url(), d.eventId(), d.eventType(),
                d.attempts(), d.lastStatus(), d.lastError(), d.createdAt(), d.deadSince());
    }

    static DestinationView view(Destination d) {
        return new DestinationView(d.id(), d.owner(), d.url(), new TreeSet<>(d.events()), d.createdAt());
    }

    private interface Work<T> {
        T in(Connection c) throws SQLException;
    }

    /** On a connection of the container's transaction. */
    private <T> T jdbc(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.in(c);
        } catch (SQLException e) {
            throw new IllegalStateException("webhook destinations: " + e.getMessage(), e);
        }
    }
}
