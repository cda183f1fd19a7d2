package dev.crossway.interop.xml;

/**
 * An XML input that Crossway refuses to read: not well formed, carrying a DTD, too large or
 * too deep. The message names what is wrong and, where known, where (line and column); it never
 * echoes the input itself.
 */
public class XmlRejectedException extends RuntimeException {

    private final Reason reason;

    public enum Reason { MALFORMED, DTD_FORBIDDEN, TOO_LARGE, TOO_DEEP, UNEXPECTED_CONTENT }

    public XmlRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public XmlRejectedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
