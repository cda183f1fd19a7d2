package dev.crossway.initiator.application;

import dev.crossway.interop.access.Caller;
import jakarta.ejb.Local;

/** XCPD patient discovery (ITI-55) across a set of communities. */
@Local
public interface PatientDiscovery {

    /**
     * Asks every target community in parallel and returns by the XCPD deadline with whatever
     * arrived; communities that did not answer in time are reported {@code Timeout}, unhealthy
     * ones {@code Skipped}. Matches are remembered as patient links.
     *
     * @throws InitiatorValidationException for a malformed context, patient or target set
     * @throws dev.crossway.interop.access.NotGrantedException when the caller may not initiate or
     *         assert the context's organization, purpose of use or role; nothing is sent
     */
    DiscoveryResult discover(Caller caller, DiscoveryRequest request);
}
