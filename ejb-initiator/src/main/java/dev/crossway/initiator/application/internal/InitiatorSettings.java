package dev.crossway.initiator.application.internal;

import dev.crossway.initiator.infrastructure.outbound.OutboundSettings;
import java.time.Duration;
import java.util.function.Function;

/**
 * The initiator's configuration: system property {@code crossway.x.y}, else environment variable
 * {@code CROSSWAY_X_Y}, else the default. Durations in ISO-8601 ({@code PT12H}).
 */
final class InitiatorSettings {

    static final String SANDBOX_HOME_COMMUNITY_ID = "2.16.840.1.113883.3.9999.99";

    private final Function<String, String> properties;
    private final Function<String, String> environment;

    InitiatorSettings(Function<String, String> properties, Function<String, String> environment) {
        this.properties = properties;
        this.environment = environment;
    }

    static InitiatorSettings system() {
        return new InitiatorSettings(System::getProperty, System::getenv);
    }

    String get(String name, String fallback) {
        String v = properties.apply(name);
        if (v == null || v.isBlank()) {
            v = environment.apply(name.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_'));
        }
        return v == null || v.isBlank() ? fallback : v.trim();
    }

    Duration duration(String name, Duration fallback) {
        String v = get(name, null);
        return v == null ? fallback : Duration.parse(v);
    }

    int integer(String name, int fallback) {
        String v = get(name, null);
        return v == null ? fallback : Integer.parseInt(v);
    }

    String homeCommunityId() {
        return get("crossway.home-community-id", SANDBOX_HOME_COMMUNITY_ID);
    }

    Duration leadTime() {
        return duration("crossway.scheduling.lead-time", Duration.ofHours(12));
    }

    /** How long a node's claim on a running job lasts without renewal: the bound on taking over a dead node's jobs. */
    Duration jobLease() {
        return duration("crossway.jobs.lease", Duration.ofSeconds(30));
    }

    /** How long a finished job (its result and events) stays readable before it is purged. */
    Duration jobKeep() {
        return duration("crossway.jobs.keep", Duration.ofHours(24));
    }

    /** Runs of one job at most (the first and the takeovers after its node stopped); then it fails. */
    int jobMaxAttempts() {
        return Math.max(1, integer("crossway.jobs.max-attempts", 3));
    }

    OutboundSettings outbound() {
        OutboundSettings d = OutboundSettings.defaults();
        return d.withTimeouts(duration("crossway.outbound.timeout.xcpd", d.xcpdTimeout()),
                        duration("crossway.outbound.timeout.query", d.queryTimeout()),
                        duration("crossway.outbound.timeout.retrieve", d.retrieveTimeout()))
                .withMaxConcurrency(integer("crossway.outbound.max-concurrency", d.maxConcurrency()))
                .withMaxResponseBytes(integer("crossway.outbound.max-response-bytes", d.maxResponseBytes()));
    }
}
