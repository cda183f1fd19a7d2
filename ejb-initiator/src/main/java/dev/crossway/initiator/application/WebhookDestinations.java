package dev.crossway.initiator.application;

import dev.crossway.interop.access.Caller;
import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Webhook destinations: where a partner wants its events ({@link PartnerEvents}) pushed. A
 * destination belongs to the client that registered it; another client neither sees nor deletes it
 * (it is as unknown as one that never existed). Administrators see all, and alone see and resend
 * dead-lettered deliveries.
 */
@Local
public interface WebhookDestinations {

    /**
     * Registers {@code url} for {@code events}; the answer alone carries the signing secret.
     *
     * @throws InitiatorValidationException    (400) no URL, no events
     * @throws DestinationRefusedException      (422) an address the outbound policy refuses, an unknown
     *                                          event, too many destinations
     */
    RegisteredDestination register(Caller caller, String url, Set<String> events);

    /** The caller's destinations (an administrator's: everyone's), oldest first, without their secrets. */
    List<DestinationView> list(Caller caller);

    Optional<DestinationView> find(Caller caller, String id);

    /** @return the destination deleted (for the audit trail); empty when there is no such destination of the caller's (404) */
    Optional<DestinationView> delete(Caller caller, String id);

    /** Dead-lettered deliveries, newest first: every owner's for an administrator, the caller's own otherwise. */
    List<DeadLetterView> deadLetters(Caller caller, int max);

    /** How many deliveries are dead-lettered: every owner's for an administrator, the caller's own otherwise. */
    long deadLetterCount(Caller caller);

    /**
     * Sends a dead letter again (due at once, attempts counted afresh). Administrators only.
     *
     * @return the dead letter now due again (for the audit trail); empty when there is no such dead letter
     * @throws SecurityException when the caller is not an administrator
     */
    Optional<DeadLetterView> resend(Caller caller, long deliveryId);
}
