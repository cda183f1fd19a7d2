package dev.crossway.initiator.application.internal;

import dev.crossway.interop.config.Setting;
import dev.crossway.initiator.infrastructure.outbound.OutboundSettings;
import java.time.Duration;

/**
 * The initiator's configuration, read through {@link Setting} (one name each: {@code crossway.x.y}
 * as a system property, {@code CROSSWAY_X_Y} in the environment, or a file), else the default.
 * Durations in ISO-8601 ({@code PT12H}).
 */
final class InitiatorSettings {

    static final String SANDBOX_HOME_COMMUNITY_ID = "2.16.840.1.113883.3.9999.99";

    private InitiatorSettings() {
    }

    static InitiatorSettings system() {
        return new InitiatorSettings();
    }

    String get(String name, String fallback) {
        return Setting.value(name, fallback);
    }

    Duration duration(String name, Duration fallback) {
        return Setting.duration(name, fallback);
    }

    int integer(String name, int fallback) {
        return Setting.integer(name, fallback);
    }

    String homeCommunityId() {
        return get("crossway.home-community-id", SANDBOX_HOME_COMMUNITY_ID);
    }

    Duration leadTime() {
        return duration("crossway.scheduling.lead-time", Duration.ofHours(12));
    }

    /** The longest a stored patient link is reused instead of asking the community again (PT0S: never reused). */
    Duration linkMaxTtl() {
        return duration("crossway.identity-reuse.max-ttl", Duration.ofHours(24));
    }

    /** How often every node looks for due pre-visit queries. */
    Duration schedulingPoll() {
        return duration("crossway.scheduling.poll", Duration.ofSeconds(10));
    }

    /**
     * How long a node's claim on a pre-visit query holds: past it, with the query neither completed
     * nor failed (the node died), another node claims it again.
     */
    Duration schedulingLease() {
        return duration("crossway.scheduling.lease", Duration.ofMinutes(5));
    }

    /** Claims of one pre-visit query before it is failed (each lease that expired counts). */
    int schedulingMaxAttempts() {
        return integer("crossway.scheduling.max-attempts", 3);
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
