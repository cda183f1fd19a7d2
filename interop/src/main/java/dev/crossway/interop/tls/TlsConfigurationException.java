package dev.crossway.interop.tls;

/** A TLS setting that names a missing or unreadable file: the message names the setting. */
public final class TlsConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TlsConfigurationException(String message) {
        super(message);
    }
}
