package dev.crossway.interop.xcpd;

import dev.crossway.interop.xml.XmlRejectedException;

/**
 * An XCPD message that is well-formed XML but not an acceptable ITI-55 message; the message names
 * the element (as an HL7v3 path) and what is wrong with it.
 */
public class XcpdMessageException extends XmlRejectedException {

    public XcpdMessageException(String message) {
        super(Reason.UNEXPECTED_CONTENT, message);
    }

    public XcpdMessageException(String message, Throwable cause) {
        super(Reason.UNEXPECTED_CONTENT, message, cause);
    }
}
