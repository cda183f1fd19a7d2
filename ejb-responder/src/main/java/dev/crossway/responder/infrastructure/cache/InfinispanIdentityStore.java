package dev.crossway.responder.infrastructure.cache;

import dev.crossway.directory.infrastructure.cache.InjectedCaches;
import dev.crossway.responder.application.internal.ResponderSettings;
import dev.crossway.responder.domain.identity.BlockingKey;
import dev.crossway.responder.domain.identity.CachedMatch;
import dev.crossway.responder.domain.identity.IdentityKey;
import dev.crossway.responder.domain.identity.IdentityStore;
import dev.crossway.responder.domain.identity.Lookup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.infinispan.Cache;

/**
 * The identity cache on WildFly's Infinispan: the replicated cache {@code identity} of container
 * {@code crossway} holds the answers, the replicated cache {@code identity-generations} the
 * generation of each block of an index ({@link BlockingKey}) that changed lately, both created by
 * the server configuration.
 *
 * <p>Invalidation by generation, not by removal: a change to a patient writes a fresh random
 * generation for each of its blocks (one replicated {@code putAll}, synchronous), and an answer is
 * served only while the generations of its blocks are those it was computed under (read locally:
 * a replicated cache holds every entry on every node). So a registration costs a handful of writes
 * whatever the cache holds, finds no key to scan for, and a query that read the index while a
 * patient changed cannot cache the old answer under the new generation (the generation is read
 * before the index). A generation lives {@link #GENERATION_MARGIN} longer than any answer, so that
 * no answer outlives the record of a change after it; generations are random (never reused), so an
 * expired one coming back as "none" cannot revive an answer computed under an earlier one. The
 * generations cache has no size bound for that reason: it holds a few entries per patient changed
 * within the time to live.
 */
@ApplicationScoped
public class InfinispanIdentityStore implements IdentityStore {

    /** How much longer than an answer a generation lives; a lookup older than half of it is not cached. */
    static final Duration GENERATION_MARGIN = Duration.ofMinutes(10);
    private static final String COMMUNITY = "*";

    @Resource(lookup = "java:jboss/infinispan/cache/crossway/identity")
    private Cache<String, byte[]> cache;
    @Resource(lookup = "java:jboss/infinispan/cache/crossway/identity-generations")
    private Cache<String, Long> generations;

    private final IdentityCounters counters = new IdentityCounters();
    private Duration ttl;

    public InfinispanIdentityStore() {
        this.ttl = ResponderSettings.fromEnvironment().cacheTtl();
    }

    /** Outside the server (tests): over caches the caller configured. */
    public InfinispanIdentityStore(Cache<String, byte[]> cache, Cache<String, Long> generations, Duration ttl) {
        this.cache = cache;
        this.generations = generations;
        this.ttl = ttl;
    }

    /** The cache itself, not a look-up in the container at every call ({@link InjectedCaches}). */
    @PostConstruct
    void resolve() {
        cache = InjectedCaches.resolved(cache);
        generations = InjectedCaches.resolved(generations);
    }

    @Override
    public Lookup lookup(IdentityKey key) {
        String generation = generation(key);
        Optional<CachedMatch> found = CachedMatchCodec.decode(cache.get(key.value()))
                .filter(e -> e.generation().equals(generation)).map(CachedMatchCodec.Entry::match);
        if (found.isPresent()) {
            counters.hit();
        } else {
            counters.miss();
        }
        return new Lookup(key, found, generation, System.nanoTime());
    }

    @Override
    public void put(Lookup lookup, CachedMatch match) {
        if (System.nanoTime() - lookup.nanoTime() > GENERATION_MARGIN.toNanos() / 2) {
            return; // the generations it saw may have expired since: nothing vouches for it
        }
        cache.put(lookup.key().value(), CachedMatchCodec.encode(lookup.generation(), match), ttl.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void invalidate(String respondingHcid, Set<BlockingKey> blocks) {
        Map<String, Long> fresh = new HashMap<>();
        for (BlockingKey b : blocks) {
            fresh.put(generationKey(respondingHcid, b.value()), fresh());
        }
        if (!fresh.isEmpty()) {
            generations.putAll(fresh, ttl.plus(GENERATION_MARGIN).toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void invalidateCommunity(String respondingHcid) {
        generations.put(generationKey(respondingHcid, COMMUNITY), fresh(), ttl.plus(GENERATION_MARGIN).toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** The community's generation, then each block's, 0 for one that did not change lately. */
    private String generation(IdentityKey key) {
        String hcid = key.community();
        StringBuilder g = new StringBuilder(20 * (1 + key.blocks().size()));
        g.append(Long.toHexString(current(generationKey(hcid, COMMUNITY))));
        for (BlockingKey b : key.blocks()) {
            g.append('.').append(Long.toHexString(current(generationKey(hcid, b.value()))));
        }
        return g.toString();
    }

    private long current(String generationKey) {
        Long g = generations.get(generationKey);
        return g == null ? 0 : g;
    }

    private static String generationKey(String hcid, String block) {
        return hcid + "|" + block;
    }

    /** Never 0 (no change lately), and in practice never a value this key had before. */
    private static long fresh() {
        long g;
        do {
            g = ThreadLocalRandom.current().nextLong();
        } while (g == 0);
        return g;
    }

    public long hits() {
        return counters.hits();
    }

    public long misses() {
        return counters.misses();
    }

    /** The entries held, including those outdated by a change that wait for their time to live to end. */
    public long size() {
        return cache.size();
    }
}
