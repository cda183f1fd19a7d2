package dev.crossway.initiator.infrastructure.outbound;

import java.time.Instant;

/** Where every call's outcome goes (endpoint health). Must not block: called on the call path. */
@FunctionalInterface
public interface CallLog {

    void record(CallResult result, String organizationId, Instant at);

    static CallLog none() {
        return (r, o, a) -> { };
    }
}
