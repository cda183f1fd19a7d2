package dev.crossway.interop.soap;

import java.util.Map;
import java.util.Objects;

/** A SOAP envelope received as MTOM, with its attachments keyed by Content-ID. */
public record MtomMessage(SoapEnvelope envelope, Map<String, MimePart> attachments) {

    public MtomMessage {
        Objects.requireNonNull(envelope, "envelope");
        attachments = Map.copyOf(attachments);
    }

    /** Resolves {@code xop:Include} hrefs of this message's payload. */
    public XopResolver resolver() {
        return attachments.isEmpty() ? XopResolver.none() : XopResolver.of(attachments);
    }
}
