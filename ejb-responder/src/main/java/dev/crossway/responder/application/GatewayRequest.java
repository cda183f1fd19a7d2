package dev.crossway.responder.application;

import dev.crossway.interop.config.Setting;
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

    /** The setting that bounds a request body, read by the transport and the gateway alike. */
    public static final String MAX_BYTES_SETTING = "crossway.gateway.max-bytes";
    /** The bound when {@link #MAX_BYTES_SETTING} is not set: 10 MiB. */
    public static final int DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

    /**
     * The largest request body the gateway accepts ({@code crossway.gateway.max-bytes} /
     * {@code CROSSWAY_GATEWAY_MAX_BYTES}, default 10 MiB): the one place it is read, so that the
     * servlet refusing a body unread and the pipeline checking it can never disagree.
     */
    public static int maxBytes() {
        return Setting.integer(MAX_BYTES_SETTING, DEFAULT_MAX_BYTES);
    }

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
