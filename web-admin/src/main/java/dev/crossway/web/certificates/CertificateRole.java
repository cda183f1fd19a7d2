package dev.crossway.web.certificates;

/** What a certificate is for in this installation. */
public enum CertificateRole {
    /** Signs the SAML assertions of outbound and forwarded requests (CROSSWAY_SIGNING_CERT). */
    SAML_SIGNING("SAML signing"),
    /** Presented by the HTTPS listener to partners (CROSSWAY_TLS_KEYSTORE). */
    TLS_SERVER("TLS server"),
    /** Presented to partner gateways when calling them (CROSSWAY_TLS_CLIENT_KEYSTORE). */
    TLS_CLIENT("TLS client"),
    /** A CA that partners' TLS certificates must chain to (CROSSWAY_TLS_TRUSTSTORE / _CLIENT_TRUSTSTORE). */
    TLS_TRUST_ANCHOR("TLS trust anchor"),
    /** A certificate incoming SAML assertions must be signed by or chain to (the portal's trust anchors). */
    SAML_TRUST_ANCHOR("SAML trust anchor");

    private final String label;

    CertificateRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** This installation's own identity (its expiry stops this gateway), rather than something it trusts. */
    public boolean own() {
        return this == SAML_SIGNING || this == TLS_SERVER || this == TLS_CLIENT;
    }
}
