package dev.crossway.initiator.infrastructure.outbound;

import dev.crossway.interop.soap.MtomMessage;

/**
 * The end of one outbound call.
 *
 * @param message    the answer, read (hardened) from SOAP or MTOM; only for {@link CallOutcome#OK}
 * @param httpStatus 0 when no HTTP answer arrived
 * @param attempts   how many times the request was sent (more than one after network errors)
 */
public record CallResult(
        String url,
        Transaction transaction,
        CallOutcome outcome,
        int httpStatus,
        long elapsedMs,
        String error,
        MtomMessage message,
        int attempts) {

    public boolean ok() {
        return outcome == CallOutcome.OK;
    }

    /** Counts against the endpoint's circuit: the endpoint itself misbehaved (a SOAP fault does not). */
    public boolean endpointFailure() {
        return outcome == CallOutcome.ERROR || outcome == CallOutcome.TIMEOUT;
    }
}
