package dev.crossway.responder.infrastructure.cache;

import dev.crossway.directory.infrastructure.cache.InjectedCaches;
import dev.crossway.responder.domain.trust.ReplayCache;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.infinispan.Cache;

/**
 * The replay cache on WildFly's Infinispan: the replicated cache {@code replay} of container
 * {@code crossway} (synchronous replication). {@code putIfAbsent} on a replicated cache is decided
 * by the key's primary owner under its lock, so two nodes receiving the same header at once cannot
 * both see it as new; each entry expires when the message it belongs to could no longer be valid.
 */
@ApplicationScoped
public class InfinispanReplayCache implements ReplayCache {

    /** A floor on an entry's life: a header that is valid for a moment more must still be remembered for the skew. */
    private static final Duration MIN_LIFESPAN = Duration.ofSeconds(1);

    @Resource(lookup = "java:jboss/infinispan/cache/crossway/replay")
    private Cache<String, Long> cache;

    private final Clock clock = Clock.systemUTC();

    /** The cache itself, not a look-up in the container at every call ({@link InjectedCaches}). */
    @PostConstruct
    void resolve() {
        cache = InjectedCaches.resolved(cache);
    }

    @Override
    public boolean firstSeen(String key, java.time.Instant until) {
        long now = clock.millis();
        long lifespan = Math.max(MIN_LIFESPAN.toMillis(), until.toEpochMilli() - now);
        return cache.putIfAbsent(key, now, lifespan, TimeUnit.MILLISECONDS) == null;
    }
}
