package dev.crossway.interop.http;

import dev.crossway.interop.saml.AssertionSpec;
import dev.crossway.interop.saml.SigningCredential;
import dev.crossway.interop.saml.WsSecurity;
import dev.crossway.interop.soap.MtomWriter;
import dev.crossway.interop.soap.SoapEnvelope;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/** A request ready to send: its HTTP Content-Type and body (SOAP 1.2 or MTOM). */
public record SoapRequest(String contentType, byte[] body) {

    public SoapRequest {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
    }

    /**
     * Signs {@code envelope} (a {@code wsse:Security} header with a fresh timestamp and a
     * holder-of-key assertion built from {@code assertion}, signed with {@code credential}) and
     * packages it as MTOM or as plain SOAP 1.2, the action in the Content-Type either way.
     */
    public static SoapRequest signed(SoapEnvelope envelope, String action, SigningCredential credential, AssertionSpec assertion,
                                     Clock clock, boolean mtom) {
        WsSecurity.secure(envelope.document(), credential, assertion, clock);
        if (mtom) {
            MtomWriter.Output out = MtomWriter.write(envelope, List.of());
            return new SoapRequest(out.contentType() + "; action=\"" + action + "\"", out.body());
        }
        return new SoapRequest("application/soap+xml; charset=UTF-8; action=\"" + action + "\"", envelope.toBytes());
    }
}
