package dev.crossway.directory.infrastructure.cache;

import org.infinispan.Cache;

/**
 * The cache behind the one WildFly injects. An injected cache ({@code @Resource(lookup =
 * "java:jboss/infinispan/cache/...")}, WildFly's {@code LazyCache}) looks its cache up in the
 * container at every call: {@code getCache} and two new decorators each time, six to eight times
 * per cache hit over the stores it reads (identity, replay, correlations, the change signals):
 * 1.4% of a hit's JFR samples, none once resolved (docs/PERFORMANCE.md, issue 15, session 12).
 * The cache it finds lives as long as the deployment, which depends on it through the injection,
 * so a bean resolves it once, when it is created.
 */
public final class InjectedCaches {

    private InjectedCaches() {
    }

    /** The container's cache behind {@code injected}, to keep for the bean's life. */
    public static <K, V> Cache<K, V> resolved(Cache<K, V> injected) {
        return injected.getAdvancedCache();
    }
}
