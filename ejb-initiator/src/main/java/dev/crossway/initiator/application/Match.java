package dev.crossway.initiator.application;

import dev.crossway.interop.id.PatientId;
import java.time.Duration;
import java.util.List;

/**
 * A patient a community says is ours, with the identifiers it knows them by.
 *
 * @param correlationTtl how long the community lets us reuse this correlation without asking again
 *                       (its XCPD {@code CorrelationTimeToLive}); null when it announced none
 */
public record Match(String organizationId, String organizationName, List<PatientId> identifiers, Demographics demographics,
                    Duration correlationTtl) {

    public Match {
        identifiers = List.copyOf(identifiers);
    }

    public Match(String organizationId, String organizationName, List<PatientId> identifiers, Demographics demographics) {
        this(organizationId, organizationName, identifiers, demographics, null);
    }
}
