package dev.crossway.initiator.application;

import java.time.Instant;
import java.util.Set;

/** A webhook destination as its owner (or an administrator) sees it: never its secret. */
public record DestinationView(String id, String owner, String url, Set<String> events, Instant createdAt) {
}
