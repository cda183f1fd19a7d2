package dev.crossway.responder.application;

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
     * @throws ResponderValidationException ({@code TrustAnchor.Certificate}) for a text without a
     *         certificate, with a private key, or unreadable
     */
    TrustAnchorView add(String pem, String label, String actor);

    /** @throws ResponderValidationException ({@code TrustAnchor.ID}) when no anchor has this fingerprint */
    void remove(String sha256Fingerprint, String actor);
}
