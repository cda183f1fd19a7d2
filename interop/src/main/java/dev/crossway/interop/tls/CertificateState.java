package dev.crossway.interop.tls;

/** Where a certificate stands in its lifetime: the inventory and the health check report it. */
public enum CertificateState {
    /** Valid for 30 days or more. */
    VALID,
    /** Valid, but for less than 30 days: replace it now. */
    EXPIRING,
    /** Past its notAfter (or before its notBefore): handshakes and signatures with it fail. */
    EXPIRED
}
