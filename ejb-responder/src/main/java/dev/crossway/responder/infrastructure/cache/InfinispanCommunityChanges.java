package dev.crossway.responder.infrastructure.cache;

import dev.crossway.responder.domain.community.CommunityChanges;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.infinispan.Cache;

/**
 * The hosted communities' generation token in the replicated cache {@code signals} of container
 * {@code crossway}, beside the trust anchors' ({@link InfinispanTrustAnchorChanges}: synchronous
 * replication, so {@link #changed} returns once every node holds the new token).
 */
@ApplicationScoped
public class InfinispanCommunityChanges implements CommunityChanges {

    static final String KEY = "hosted-communities";

    @Resource(lookup = "java:jboss/infinispan/cache/crossway/signals")
    private Cache<String, String> cache;

    @Override
    public String generation() {
        String token = cache.get(KEY);
        if (token != null) {
            return token;
        }
        String fresh = UUID.randomUUID().toString();
        String raced = cache.putIfAbsent(KEY, fresh);
        return raced == null ? fresh : raced;
    }

    @Override
    public void changed() {
        cache.put(KEY, UUID.randomUUID().toString());
    }
}
