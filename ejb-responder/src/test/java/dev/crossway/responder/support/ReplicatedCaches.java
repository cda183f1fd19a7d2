package dev.crossway.responder.support;

import dev.crossway.responder.infrastructure.cache.InfinispanIdentityStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.infinispan.configuration.cache.CacheMode;
import org.infinispan.configuration.cache.ConfigurationBuilder;
import org.infinispan.configuration.global.GlobalConfigurationBuilder;
import org.infinispan.manager.DefaultCacheManager;

/**
 * A cluster of Infinispan nodes in the test's JVM (JGroups' shared loopback), each with the
 * replicated, synchronous caches {@code identity} and {@code identity-generations} as
 * {@code crossway.cli} defines them, and an {@link InfinispanIdentityStore} over them: the
 * identity cache as the server runs it, replication included.
 */
public final class ReplicatedCaches implements AutoCloseable {

    private final List<DefaultCacheManager> managers = new ArrayList<>();
    private final List<InfinispanIdentityStore> stores = new ArrayList<>();

    public ReplicatedCaches(int nodes, Duration ttl) {
        String cluster = "identity-test-" + UUID.randomUUID();
        for (int i = 0; i < nodes; i++) {
            GlobalConfigurationBuilder global = GlobalConfigurationBuilder.defaultClusteredBuilder();
            global.transport().clusterName(cluster).nodeName("node" + (i + 1))
                    .addProperty("configurationFile", "identity-cache-jgroups.xml");
            global.cacheContainer().statistics(false);
            DefaultCacheManager manager = new DefaultCacheManager(global.build());
            ConfigurationBuilder replicated = new ConfigurationBuilder();
            replicated.clustering().cacheMode(CacheMode.REPL_SYNC);
            manager.defineConfiguration("identity", replicated.build());
            manager.defineConfiguration("identity-generations", replicated.build());
            managers.add(manager);
            stores.add(new InfinispanIdentityStore(manager.getCache("identity"), manager.getCache("identity-generations"), ttl));
        }
        for (DefaultCacheManager m : managers) {
            if (m.getMembers().size() != nodes) {
                throw new IllegalStateException("the test cluster has " + m.getMembers() + ", expected " + nodes + " members");
            }
        }
    }

    /** The identity store of node {@code n} (1-based). */
    public InfinispanIdentityStore node(int n) {
        return stores.get(n - 1);
    }

    /** The generations cache of node {@code n} as Infinispan holds it. */
    public org.infinispan.Cache<String, Long> generations(int n) {
        return managers.get(n - 1).getCache("identity-generations");
    }

    @Override
    public void close() {
        for (int i = managers.size() - 1; i >= 0; i--) {
            managers.get(i).stop();
        }
    }
}
