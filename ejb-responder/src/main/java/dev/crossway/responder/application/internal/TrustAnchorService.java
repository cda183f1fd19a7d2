package dev.crossway.responder.application.internal;

import dev.crossway.responder.application.ResponderField;
import dev.crossway.interop.saml.Anchor;
import dev.crossway.interop.saml.TrustAnchors;
import dev.crossway.responder.application.ResponderValidationException;
import dev.crossway.responder.application.TrustAnchorNotFoundException;
import dev.crossway.responder.domain.trust.TrustAnchor;
import dev.crossway.responder.domain.trust.TrustAnchorRepository;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** Adds and removes trust anchors; each change bumps the revision every node checks, and is audited. */
final class TrustAnchorService {

    static final ResponderField FIELD = ResponderField.TRUST_ANCHOR_CERTIFICATE;

    private final TrustAnchorRepository anchors;
    private final GatewayAudit audit;
    private final Clock clock;

    TrustAnchorService(TrustAnchorRepository anchors, GatewayAudit audit, Clock clock) {
        this.anchors = anchors;
        this.audit = audit;
        this.clock = clock;
    }

    /** {@code kind} null: each certificate as its basicConstraints say. */
    TrustAnchor add(String pem, String label, Anchor.Kind kind, boolean allowSha1, String actor) {
        List<X509Certificate> certificates = certificates(pem);
        TrustAnchor first = null;
        boolean added = false;
        for (X509Certificate c : certificates) {
            TrustAnchor anchor = anchors.find(TrustAnchor.fingerprint(c)).orElse(null);
            if (anchor == null) {
                anchor = new TrustAnchor(c, Fields.optional(label, ResponderField.TRUST_ANCHOR_LABEL, "TrustAnchor.Label", 255), kind, allowSha1, clock.instant(), actor);
                anchors.add(anchor);
                audit.admin(actor, null, null, "trust anchor added: " + anchor.subject() + " (" + anchor.fingerprint() + "), "
                        + anchor.kind() + (allowSha1 ? ", SHA-1 allowed" : ""));
                added = true;
            }
            first = first == null ? anchor : first;
        }
        if (added) {
            anchors.bumpRevision();
        }
        return first;
    }

    void remove(String fingerprint, String actor) {
        String fp = fingerprint == null ? "" : fingerprint.replace(":", "").trim().toLowerCase(Locale.ROOT);
        TrustAnchor anchor = anchors.find(fp).orElseThrow(() -> new TrustAnchorNotFoundException(
                "no trust anchor has the fingerprint '" + fingerprint + "'"));
        anchors.remove(anchor);
        anchors.bumpRevision();
        audit.admin(actor, null, null, "trust anchor removed: " + anchor.subject() + " (" + anchor.fingerprint() + ")");
    }

    static List<X509Certificate> certificates(String pem) {
        if (pem == null || pem.isBlank()) {
            throw new ResponderValidationException(FIELD, "the PEM text is empty");
        }
        if (pem.contains("PRIVATE KEY")) {
            throw new ResponderValidationException(FIELD, "the PEM text holds a private key: upload only the certificate,"
                    + " and treat that key as compromised");
        }
        try {
            return TrustAnchors.fromPem(pem).certificates();
        } catch (RuntimeException e) {
            throw new ResponderValidationException(FIELD, "no readable X.509 CERTIFICATE in the PEM text: " + e.getMessage());
        }
    }
}
