package dev.crossway.responder.application;

import java.util.Map;

/** What the servlet writes back: HTTP status, Content-Type, body, and any further headers (e.g. Retry-After). */
public record GatewayReply(int httpStatus, String contentType, byte[] body, Map<String, String> headers) {

    public GatewayReply {
        headers = Map.copyOf(headers);
    }

    public GatewayReply(int httpStatus, String contentType, byte[] body) {
        this(httpStatus, contentType, body, Map.of());
    }
}
