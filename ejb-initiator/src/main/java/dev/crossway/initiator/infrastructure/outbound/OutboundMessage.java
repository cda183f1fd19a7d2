package dev.crossway.initiator.infrastructure.outbound;

/** A request ready to send: its HTTP Content-Type and body (SOAP 1.2 or MTOM). */
public record OutboundMessage(String contentType, byte[] body) {
}
