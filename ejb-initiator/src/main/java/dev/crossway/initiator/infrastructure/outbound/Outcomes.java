package dev.crossway.initiator.infrastructure.outbound;

import dev.crossway.initiator.application.SourceOutcome;
import dev.crossway.initiator.domain.Community;

/** {@link SourceOutcome}s for calls that did not bring a readable answer. */
final class Outcomes {

    private Outcomes() {
    }

    static SourceOutcome failed(Community c, CallResult r) {
        String status = switch (r.outcome()) {
            case TIMEOUT -> SourceOutcome.TIMEOUT;
            case SKIPPED -> SourceOutcome.SKIPPED;
            default -> SourceOutcome.ERROR;
        };
        return of(c, status, r.elapsedMs(), r.error());
    }

    static SourceOutcome of(Community c, String status, long elapsedMs, String error) {
        return new SourceOutcome(c.organizationId(), c.organizationName(), status, elapsedMs, error, null);
    }
}
