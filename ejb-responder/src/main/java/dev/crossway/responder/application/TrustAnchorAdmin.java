package dev.crossway.responder.application;

import dev.crossway.interop.saml.Anchor;
import jakarta.ejb.Local;
import java.util.List;

/**
 * The certificates incoming assertions must be signed by (or chain to). Changes take effect at
 * once on every cluster node and are audited.
 */
@Local
public interface TrustAnchorAdmin {

    List<TrustAnchorView> list();

    /**
     * Adds every certificate of a PEM text (one or more CERTIFICATE blocks) and returns the first;
     * one already trusted is kept as it is.
     *
     * @param kind      what they are trusted for; null: each as its basicConstraints say (CA=true: a CA, otherwise pinned)
     * @param allowSha1 whether signers they vouch for may use RSA-SHA1 and SHA-1 digests
     * @throws ResponderValidationException ({@code TRUST_ANCHOR_CERTIFICATE}) for a text without a
     *         certificate, with a private key, or unreadable
     */
    TrustAnchorView add(String pem, String label, Anchor.Kind kind, boolean allowSha1, String actor);

    /** @throws ResponderValidationException ({@code TRUST_ANCHOR_ID}) when no anchor has this fingerprint */
    void remove(String sha256Fingerprint, String actor);
}
