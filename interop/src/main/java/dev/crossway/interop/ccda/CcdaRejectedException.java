package dev.crossway.interop.ccda;

import dev.crossway.interop.xml.XmlRejectedException;

/**
 * Input that cannot be read as C-CDA: not well-formed or hostile XML (the {@link XmlRejectedException}
 * is the cause), or well-formed XML that is not an HL7 v3 {@code ClinicalDocument}. The message
 * says what is wrong; it never echoes the document.
 */
public class CcdaRejectedException extends RuntimeException {

    public enum Reason { MALFORMED, DTD_FORBIDDEN, TOO_LARGE, TOO_DEEP, NOT_CDA }

    private final Reason reason;

    public CcdaRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    CcdaRejectedException(XmlRejectedException cause) {
        super("C-CDA rejected: " + cause.getMessage(), cause);
        this.reason = switch (cause.reason()) {
            case DTD_FORBIDDEN -> Reason.DTD_FORBIDDEN;
            case TOO_LARGE -> Reason.TOO_LARGE;
            case TOO_DEEP -> Reason.TOO_DEEP;
            case MALFORMED, UNEXPECTED_CONTENT -> Reason.MALFORMED;
        };
    }

    public Reason reason() {
        return reason;
    }
}
