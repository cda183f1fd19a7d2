package dev.crossway.interop.xca;

import dev.crossway.interop.xml.XmlRejectedException;

/**
 * An XCA message that is well-formed XML but not an acceptable ITI-38/39 message, including a
 * stored-query value that could smuggle SQL; the message names the element or slot and the fault.
 */
public class XcaMessageException extends XmlRejectedException {

    public XcaMessageException(String message) {
        super(Reason.UNEXPECTED_CONTENT, message);
    }

    public XcaMessageException(String message, Throwable cause) {
        super(Reason.UNEXPECTED_CONTENT, message, cause);
    }
}
