package dev.crossway.responder.application;

import dev.crossway.interop.id.HomeCommunityId;
import jakarta.ejb.Local;

/** The patient identity cache as the portal shows it: this node's hit and miss counts, the entries held. */
@Local
public interface IdentityCache {

    long hits();

    long misses();

    long size();

    /** Forgets every cached outcome of this responding community, on every node. */
    void invalidateCommunity(HomeCommunityId community);
}
