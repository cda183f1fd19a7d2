package dev.crossway.responder.application;

/**
 * An incoming SOAP request as the servlet received it: body bytes, HTTP Content-Type, the URL
 * it was posted to (the expected SAML audience) and the caller's address (for the audit trail).
 */
public record GatewayRequest(byte[] body, String contentType, String endpointUrl, String remoteAddress) {
}
