package dev.crossway.interop.saml;

import java.util.Objects;

/**
 * A WS-Security header or SAML assertion that Crossway refuses. The {@link Rule} says which check
 * failed, so callers can map it to a SOAP fault and the audit trail without parsing messages; the
 * message says what was wrong in words and never carries a stack trace or key material.
 */
public class SecurityRejection extends RuntimeException {

    /** The checks, listed in the order the verifier applies them. */
    public enum Rule {
        MISSING_SECURITY_HEADER,
        MISSING_ASSERTION,
        UNSIGNED,
        WEAK_ALGORITHM,
        SIGNATURE_WRAPPING,
        BAD_SIGNATURE,
        UNTRUSTED_SIGNER,
        NOT_YET_VALID,
        EXPIRED,
        EXCESSIVE_LIFETIME,
        WRONG_AUDIENCE,
        TIMESTAMP,
        MISSING_ATTRIBUTE,
        /** Raised by the receiver's replay cache, after every check here passed: the same security header seen before. */
        REPLAYED
    }

    private final Rule rule;

    public SecurityRejection(Rule rule, String message) {
        super(message);
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    public Rule rule() {
        return rule;
    }

    @Override
    public String toString() {
        return "SecurityRejection[" + rule + "]: " + getMessage();
    }
}
