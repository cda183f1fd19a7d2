package dev.crossway.responder.application;

/**
 * An incoming SOAP request as the servlet received it: body bytes, HTTP Content-Type and the
 * caller's address (for the audit trail). Nothing else of the HTTP request is believed: the SAML
 * audience is checked against the gateway's configured public URLs, never against the Host header.
 */
public record GatewayRequest(byte[] body, String contentType, String remoteAddress) {
}
