package dev.crossway.initiator.infrastructure.outbound;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One endpoint's circuit: opens after {@code threshold} consecutive endpoint failures (network
 * errors, HTTP errors, malformed or oversized answers, timeouts; not SOAP faults, which prove the
 * endpoint alive), skips calls while open, lets one trial call through after {@code openFor}
 * (half-open) and closes on its success.
 */
public final class CircuitBreaker {

    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final int threshold;
    private final Duration openFor;
    private final Clock clock;
    private int consecutiveFailures;
    private Instant openedAt;
    private boolean trialInFlight;

    CircuitBreaker(int threshold, Duration openFor, Clock clock) {
        this.threshold = threshold;
        this.openFor = openFor;
        this.clock = clock;
    }

    /** Whether a call may go out now; in half-open state only one trial at a time. */
    public synchronized boolean tryAcquire() {
        State s = state();
        if (s == State.CLOSED) {
            return true;
        }
        if (s == State.HALF_OPEN && !trialInFlight) {
            trialInFlight = true;
            return true;
        }
        return false;
    }

    /** A call that was allowed but never reached the endpoint: frees a half-open trial, judges nothing. */
    public synchronized void release() {
        trialInFlight = false;
    }

    public synchronized void onResult(CallResult r) {
        trialInFlight = false;
        if (r.outcome() == CallOutcome.SKIPPED) {
            return;
        }
        if (r.endpointFailure()) {
            consecutiveFailures++;
            if (consecutiveFailures >= threshold || openedAt != null) {
                openedAt = clock.instant();
            }
        } else {
            consecutiveFailures = 0;
            openedAt = null;
        }
    }

    public synchronized State state() {
        if (openedAt == null) {
            return State.CLOSED;
        }
        return clock.instant().isBefore(openedAt.plus(openFor)) ? State.OPEN : State.HALF_OPEN;
    }

    /** Display name: {@code Closed}, {@code Open}, {@code HalfOpen}. */
    public String stateName() {
        return switch (state()) {
            case CLOSED -> "Closed";
            case OPEN -> "Open";
            case HALF_OPEN -> "HalfOpen";
        };
    }
}
