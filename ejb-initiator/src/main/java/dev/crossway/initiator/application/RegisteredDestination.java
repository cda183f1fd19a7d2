package dev.crossway.initiator.application;

/** A destination just registered, with the secret its deliveries are signed with (shown this once). */
public record RegisteredDestination(DestinationView destination, String secret) {
}
