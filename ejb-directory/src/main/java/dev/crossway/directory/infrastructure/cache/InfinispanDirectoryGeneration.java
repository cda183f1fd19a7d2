package dev.crossway.directory.infrastructure.cache;

import dev.crossway.directory.infrastructure.persistence.DirectoryGeneration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.infinispan.Cache;

/**
 * The directory's change token in the replicated cache {@code signals} of container
 * {@code crossway} (synchronous replication: {@link #advance} returns once every node holds the
 * new token), beside the trust anchors' token. A cluster started afresh has no token; the first
 * reader creates one.
 */
@ApplicationScoped
public class InfinispanDirectoryGeneration implements DirectoryGeneration {

    static final String KEY = "directory-organizations";

    @Resource(lookup = "java:jboss/infinispan/cache/crossway/signals")
    private Cache<String, String> cache;

    /** The cache itself, not a look-up in the container at every call ({@link InjectedCaches}). */
    @PostConstruct
    void resolve() {
        cache = InjectedCaches.resolved(cache);
    }

    @Override
    public String current() {
        return ClusterSignals.current(cache, KEY);
    }

    @Override
    public void advance() {
        ClusterSignals.advance(cache, KEY);
    }
}
