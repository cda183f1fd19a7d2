package dev.crossway.initiator.application;

import jakarta.ejb.Local;
import java.time.Instant;
import java.util.List;

/** Reading the initiator's audit trail: every access to the network made on someone's behalf. */
@Local
public interface OutboundAudit {

    /**
     * The accesses about one patient, newest first. {@code patient} is an identifier in CX form
     * ({@code id^^^&authority&ISO}: matched against the identifiers the caller sent and those the
     * network answered with, and the retrievals of documents listed for them) or the 64-hex
     * SHA-256 digest of the demographics (see {@code DemographicsDigest}); null lists all.
     *
     * @throws InitiatorValidationException for a patient that is neither
     */
    List<AccessView> accesses(String patient, Instant from, Instant to, int limit, int offset);
}
