package dev.crossway.responder.domain.audit;

/** How many gateway requests a period saw, and how many of them were refused or failed. */
public record RequestCounts(long requests, long refused, long errors) {
}
