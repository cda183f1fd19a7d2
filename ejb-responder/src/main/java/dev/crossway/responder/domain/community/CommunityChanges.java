package dev.crossway.responder.domain.community;

/**
 * News of hosted community changes, shared by every node of a cluster. The table stays the truth;
 * this only lets each node see a change at once without reading the community on every request.
 */
public interface CommunityChanges {

    /** A token that is replaced, on every node at once, whenever a community changes on any node. */
    String generation();

    /** Announces a change; called after the change has committed. */
    void changed();
}
