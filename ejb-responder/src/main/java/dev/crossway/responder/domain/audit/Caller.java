package dev.crossway.responder.domain.audit;

/**
 * Who connected, as the transport saw it: the caller's address (the proxy's, unless the listener
 * believes X-Forwarded-For) and the subject of the client certificate verified in the TLS
 * handshake (null over plain HTTP, which only the sandbox serves). The SAML assertion says who
 * asks; this says which certified gateway carried the question.
 */
public record Caller(String address, String certificateSubject) {

    public static final Caller NONE = new Caller(null, null);
}
