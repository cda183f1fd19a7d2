package dev.crossway.responder.infrastructure.cache;

import dev.crossway.responder.domain.trust.TrustAnchorChanges;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.infinispan.Cache;

/**
 * The generation token in the replicated cache {@code signals} of container {@code crossway}
 * (synchronous replication: {@link #changed} returns once every node holds the new token). A
 * cluster started afresh has no token; the first reader creates one.
 */
@ApplicationScoped
public class InfinispanTrustAnchorChanges implements TrustAnchorChanges {

    static final String KEY = "trust-anchors";

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
