package dev.crossway.initiator.domain;

/** The profile in force for an endpoint URL: saved settings, else the defaults. */
@FunctionalInterface
public interface EndpointProfiles {

    EndpointProfile of(String url);

    static EndpointProfiles defaults() {
        return EndpointProfile::defaults;
    }
}
