package dev.crossway.initiator.domain.webhook;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * Where one partner (its API client, the {@code owner}) wants events pushed: an URL, the event
 * names it subscribed to, and the secret every delivery to it is signed with. A destination belongs
 * to its owner alone: another client cannot see, use or delete it.
 */
public record Destination(String id, String owner, String url, Set<String> events, String secret, Instant createdAt) {

    public Destination {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(createdAt, "createdAt");
        events = Set.copyOf(events);
    }

    public boolean subscribes(String eventName) {
        return events.contains(eventName);
    }
}
