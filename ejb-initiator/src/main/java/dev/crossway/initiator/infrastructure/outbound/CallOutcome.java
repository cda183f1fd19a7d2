package dev.crossway.initiator.infrastructure.outbound;

/** How one outbound call ended. */
public enum CallOutcome {
    /** A SOAP answer arrived and was read (its payload may still say "error" in IHE terms). */
    OK,
    /** The peer answered with a SOAP fault. */
    FAULT,
    /** Network error, HTTP error status, oversized or malformed answer. */
    ERROR,
    /** No complete answer within the timeout. */
    TIMEOUT,
    /** Not sent: the endpoint's circuit is open. */
    SKIPPED
}
