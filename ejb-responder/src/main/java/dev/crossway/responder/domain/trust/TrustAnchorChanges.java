package dev.crossway.responder.domain.trust;

/**
 * News of trust anchor changes, shared by every node of a cluster. The table (and its revision)
 * stays the truth; this only lets each node see a change at once without reading the table on
 * every request.
 */
public interface TrustAnchorChanges {

    /** A token that is replaced, on every node at once, whenever the anchors change on any node. */
    String generation();

    /** Announces a change; called after the change has committed. */
    void changed();
}
