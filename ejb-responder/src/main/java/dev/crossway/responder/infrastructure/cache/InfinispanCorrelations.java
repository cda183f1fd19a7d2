package dev.crossway.responder.infrastructure.cache;

import dev.crossway.directory.infrastructure.cache.InjectedCaches;
import dev.crossway.responder.domain.identity.Correlations;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.infinispan.Cache;

/**
 * The correlations in the replicated cache {@code correlations} of container {@code crossway}. A
 * replicated cache answers reads locally, so the XCA check costs no network; an XCPD answer writes
 * only when the key is new (a repeat from the identity cache finds it present: both were written
 * by the same first answer and live as long).
 */
@ApplicationScoped
public class InfinispanCorrelations implements Correlations {

    @Resource(lookup = "java:jboss/infinispan/cache/crossway/correlations")
    private Cache<String, Long> cache;

    /** The cache itself, not a look-up in the container at every call ({@link InjectedCaches}). */
    @PostConstruct
    void resolve() {
        cache = InjectedCaches.resolved(cache);
    }

    @Override
    public void disclosed(String initiator, String community, String patientCx, Duration ttl) {
        String key = Correlations.key(initiator, community, patientCx);
        if (!cache.containsKey(key)) {
            cache.put(key, System.currentTimeMillis(), ttl.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public boolean disclosedTo(String initiator, String community, String patientCx) {
        return cache.containsKey(Correlations.key(initiator, community, patientCx));
    }
}
