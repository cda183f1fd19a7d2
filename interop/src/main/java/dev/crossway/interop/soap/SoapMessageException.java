package dev.crossway.interop.soap;

import dev.crossway.interop.xml.XmlRejectedException;

/**
 * A SOAP or MTOM message that is well-formed XML (or MIME) but not an acceptable SOAP 1.2 message:
 * a SOAP 1.1 envelope, a missing Body, a broken multipart structure, an unresolvable XOP include.
 * A subtype of {@link XmlRejectedException} so callers catch one type for every rejected input.
 */
public class SoapMessageException extends XmlRejectedException {

    public SoapMessageException(String message) {
        super(Reason.UNEXPECTED_CONTENT, message);
    }

    public SoapMessageException(Reason reason, String message) {
        super(reason, message);
    }

    public SoapMessageException(String message, Throwable cause) {
        super(Reason.UNEXPECTED_CONTENT, message, cause);
    }
}
