package dev.crossway.responder.application;

/** What the servlet writes back: HTTP status, Content-Type and body. */
public record GatewayReply(int httpStatus, String contentType, byte[] body) {
}
