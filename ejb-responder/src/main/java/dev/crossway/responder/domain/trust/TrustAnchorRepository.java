package dev.crossway.responder.domain.trust;

import java.util.List;
import java.util.Optional;

/**
 * The trust anchors, and a revision number every change increments, so that each cluster node can
 * see cheaply whether its cached anchors are still current (a removal is effective at once everywhere).
 */
public interface TrustAnchorRepository {

    List<TrustAnchor> all();

    Optional<TrustAnchor> find(String fingerprint);

    void add(TrustAnchor anchor);

    void remove(TrustAnchor anchor);

    long revision();

    void bumpRevision();
}
