package dev.crossway.responder.domain.trust;

import java.time.Duration;
import java.time.Instant;

/** How close a trust anchor is to vouching for nobody: flagged {@link #WARNING} ahead of its end. */
public enum AnchorState {
    VALID("valid"), EXPIRING("expiring"), EXPIRED("expired");

    /** An anchor ending within this time is flagged in the portal and the API. */
    public static final Duration WARNING = Duration.ofDays(30);

    private final String label;

    AnchorState(String label) {
        this.label = label;
    }

    public static AnchorState of(Instant notAfter, Instant now) {
        if (notAfter.isBefore(now)) {
            return EXPIRED;
        }
        return notAfter.isBefore(now.plus(WARNING)) ? EXPIRING : VALID;
    }

    public String label() {
        return label;
    }
}
