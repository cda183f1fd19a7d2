package dev.crossway.responder.infrastructure.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.responder.domain.identity.BlockingKey;
import dev.crossway.responder.domain.identity.CachedMatch;
import dev.crossway.responder.domain.identity.IdentityKey;
import dev.crossway.responder.domain.identity.Lookup;
import dev.crossway.responder.support.ReplicatedCaches;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.infinispan.container.entries.CacheEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The identity store on two replicated Infinispan nodes: what one node caches or invalidates, the other sees at once. */
class InfinispanIdentityStoreTest {

    static final String HCID = "2.16.840.1.113883.3.7777.9";
    static final Duration TTL = Duration.ofHours(24);
    static ReplicatedCaches cluster;

    @BeforeAll
    static void start() {
        cluster = new ReplicatedCaches(2, TTL);
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    private static int next;

    /** A fresh key of {@link #HCID} depending on {@code blocks}. */
    private static IdentityKey key(String... blocks) {
        TreeSet<BlockingKey> set = new TreeSet<>();
        for (String b : blocks) {
            set.add(new BlockingKey(b));
        }
        return new IdentityKey(HCID + "|key-" + (++next) + "-" + System.nanoTime(), set);
    }

    private static CachedMatch noMatch() {
        return new CachedMatch(HCID, CachedMatch.Kind.NO_MATCH, List.of(), List.of());
    }

    private static void cache(int node, IdentityKey key) {
        Lookup miss = cluster.node(node).lookup(key);
        assertThat(miss.cached()).isEmpty();
        cluster.node(node).put(miss, noMatch());
    }

    @Test
    void anAnswerCachedOnOneNodeIsServedByTheOther() {
        IdentityKey key = key("d|EVANS|19570423");
        cache(1, key);
        long hits = cluster.node(2).hits();
        assertThat(cluster.node(2).lookup(key).cached()).contains(noMatch());
        assertThat(cluster.node(2).hits()).isEqualTo(hits + 1);
    }

    @Test
    void aChangeOnOneNodeOutdatesOnTheOtherAtOnceOnlyTheAnswersOfItsBlocks() {
        IdentityKey evans = key("d|EVANS|19570423", "i|DE-1^^^&1.2&ISO");
        IdentityKey evansByYear = key("y|EVANS|1957");
        IdentityKey smith = key("d|SMITH|19570423");
        IdentityKey otherCommunity = new IdentityKey("1.2.3.4|x-" + System.nanoTime(), new TreeSet<>(Set.of(
                new BlockingKey("d|EVANS|19570423"))));
        for (IdentityKey k : List.of(evans, evansByYear, smith, otherCommunity)) {
            cache(1, k);
        }
        // a patient Evans born 1957-04-23 registered through node 2: its blocks
        cluster.node(2).invalidate(HCID, Set.of(new BlockingKey("d|EVANS|19570423"), new BlockingKey("y|EVANS|1957")));
        for (int node = 1; node <= 2; node++) {
            assertThat(cluster.node(node).lookup(evans).cached()).as("node %d, same name and birth date", node).isEmpty();
            assertThat(cluster.node(node).lookup(evansByYear).cached()).as("node %d, same name and year", node).isEmpty();
            assertThat(cluster.node(node).lookup(smith).cached()).as("node %d, another name", node).isPresent();
            assertThat(cluster.node(node).lookup(otherCommunity).cached()).as("node %d, another community", node).isPresent();
        }
    }

    @Test
    void anAnswerComputedWhileAPatientChangedIsNeverServed() {
        IdentityKey key = key("d|EVANS|19570423");
        Lookup before = cluster.node(1).lookup(key);
        // the index is read here (the old rows), while node 2 commits a change to a patient of the block
        cluster.node(2).invalidate(HCID, Set.of(new BlockingKey("d|EVANS|19570423")));
        cluster.node(1).put(before, noMatch());
        assertThat(cluster.node(1).lookup(key).cached()).as("cached under the generation before the change").isEmpty();
        assertThat(cluster.node(2).lookup(key).cached()).isEmpty();
        // computed again after the change, it is served
        cache(2, key);
        assertThat(cluster.node(1).lookup(key).cached()).isPresent();
    }

    @Test
    void invalidatingTheCommunityOutdatesEveryAnswerOfItAndOfNoOther() {
        IdentityKey a = key("d|EVANS|19570423");
        IdentityKey none = key();
        IdentityKey otherCommunity = new IdentityKey("1.2.3.5|y-" + System.nanoTime(), new TreeSet<>());
        cache(1, a);
        cache(1, none);
        cache(1, otherCommunity);
        cluster.node(2).invalidateCommunity(HCID);
        assertThat(cluster.node(1).lookup(a).cached()).isEmpty();
        assertThat(cluster.node(1).lookup(none).cached()).isEmpty();
        assertThat(cluster.node(1).lookup(otherCommunity).cached()).isPresent();
    }

    @Test
    void aGenerationOutlivesEveryAnswerCachedBeforeItAndIsNeverReused() {
        cluster.node(1).invalidate(HCID, Set.of(new BlockingKey("d|LIFESPAN|20000101")));
        long first = cluster.generations(2).get(HCID + "|d|LIFESPAN|20000101");
        CacheEntry<String, Long> entry = cluster.generations(2).getAdvancedCache().getCacheEntry(HCID + "|d|LIFESPAN|20000101");
        assertThat(entry.getLifespan()).as("replicated with its lifespan").isEqualTo(TTL.plus(InfinispanIdentityStore.GENERATION_MARGIN).toMillis());
        cluster.node(1).invalidate(HCID, Set.of(new BlockingKey("d|LIFESPAN|20000101")));
        assertThat(cluster.generations(2).get(HCID + "|d|LIFESPAN|20000101")).isNotEqualTo(first).isNotZero();
    }

    @Test
    void answersFromAnotherReleaseAreMisses() {
        IdentityKey key = key("d|EVANS|19570423");
        cache(1, key);
        // what a release before invalidation by patient wrote under the same key: version 3, no generation
        byte[] old = CachedMatchCodec.encode("0", noMatch());
        old[0] = 3;
        cluster.generations(1).getCacheManager().<String, byte[]>getCache("identity").put(key.value(), old);
        assertThat(cluster.node(2).lookup(key).cached()).isEmpty();
    }
}
