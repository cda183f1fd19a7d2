package dev.crossway.responder.infrastructure.downstream;

/**
 * A forwarded call that brought back no usable answer. The message is safe to show the initiator:
 * it never names the downstream URL (the facility's internal address).
 */
public final class DownstreamException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why: no answer in time, no connection, HTTP 503, a SOAP fault, another HTTP error, an unreadable or oversized answer. */
    public enum Kind { TIMEOUT, UNREACHABLE, BUSY, FAULT, HTTP_ERROR, MALFORMED, TOO_LARGE }

    private final Kind kind;
    private final int httpStatus;

    public DownstreamException(Kind kind, int httpStatus, String message) {
        super(message);
        this.kind = kind;
        this.httpStatus = httpStatus;
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status of the answer, 0 when there was none. */
    public int httpStatus() {
        return httpStatus;
    }
}
