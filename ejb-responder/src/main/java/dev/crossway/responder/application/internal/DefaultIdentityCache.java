package dev.crossway.responder.application.internal;

import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.responder.application.IdentityCache;
import dev.crossway.responder.infrastructure.cache.InfinispanIdentityStore;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** The identity cache's figures for the portal, and its manual invalidation. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultIdentityCache implements IdentityCache {

    @Inject
    InfinispanIdentityStore store;

    @Override
    public long hits() {
        return store.hits();
    }

    @Override
    public long misses() {
        return store.misses();
    }

    @Override
    public long size() {
        return store.size();
    }

    @Override
    public void invalidateCommunity(HomeCommunityId community) {
        store.invalidateCommunity(community.oid().value());
    }
}
