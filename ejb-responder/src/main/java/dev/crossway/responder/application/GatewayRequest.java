package dev.crossway.responder.application;

import dev.crossway.responder.domain.audit.Caller;

/**
 * An incoming SOAP request as the servlet received it: body bytes, HTTP Content-Type, the caller's
 * address and the subject of its verified client certificate (both for the audit trail), and the
 * request id the web layer gave it (its log records' correlation id, then its audit records' id;
 * null: the gateway makes one). Nothing else of the HTTP request is believed: the SAML audience is
 * checked against the gateway's configured public URLs, never against the Host header.
 */
public record GatewayRequest(byte[] body, String contentType, String remoteAddress, String clientCertificate,
                             String requestId) {

    public GatewayRequest(byte[] body, String contentType, String remoteAddress, String clientCertificate) {
        this(body, contentType, remoteAddress, clientCertificate, null);
    }

    /** A request without a client certificate (plain HTTP: the sandbox only). */
    public GatewayRequest(byte[] body, String contentType, String remoteAddress) {
        this(body, contentType, remoteAddress, null);
    }

    public Caller caller() {
        return new Caller(remoteAddress, clientCertificate);
    }
}
