package dev.crossway.responder.application.internal;

import dev.crossway.interop.saml.TrustAnchors;
import dev.crossway.responder.domain.trust.TrustAnchor;
import dev.crossway.responder.domain.trust.TrustAnchorRepository;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The verifier's trust anchors, built from the table once and kept until the table's revision
 * changes. Each request reads the one-row revision (a primary-key lookup), so an anchor removed on
 * one node stops being trusted on every node at once, without rebuilding certificates per request.
 */
@ApplicationScoped
public class TrustAnchorCache {

    private record Snapshot(long revision, TrustAnchors anchors) {
    }

    private volatile Snapshot snapshot;

    public TrustAnchors current(TrustAnchorRepository repository) {
        long revision = repository.revision();
        Snapshot s = snapshot;
        if (s == null || s.revision() != revision) {
            s = new Snapshot(revision, TrustAnchors.of(repository.all().stream().map(TrustAnchor::certificate).toList()));
            snapshot = s;
        }
        return s.anchors();
    }

    /** Forces a reload on the next request (this node; others see the revision change). */
    public void invalidate() {
        snapshot = null;
    }
}
