package dev.crossway.initiator.domain;

import java.util.Objects;

/**
 * A community to ask, with the endpoints the directory lists for it; an endpoint this community
 * does not offer is null.
 */
public record Community(String organizationId, String organizationName, String xcpdUrl, String queryUrl, String retrieveUrl) {

    public Community {
        Objects.requireNonNull(organizationId, "organizationId");
    }
}
