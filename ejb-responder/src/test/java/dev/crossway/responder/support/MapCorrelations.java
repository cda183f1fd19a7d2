package dev.crossway.responder.support;

import dev.crossway.responder.domain.identity.Correlations;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The correlations of one JVM, for tests of the pipeline (no expiry). */
public final class MapCorrelations implements Correlations {

    private final Set<String> disclosed = ConcurrentHashMap.newKeySet();

    @Override
    public void disclosed(String initiator, String community, String patientCx, Duration ttl) {
        disclosed.add(Correlations.key(initiator, community, patientCx));
    }

    @Override
    public boolean disclosedTo(String initiator, String community, String patientCx) {
        return disclosed.contains(Correlations.key(initiator, community, patientCx));
    }

    public Set<String> keys() {
        return Set.copyOf(disclosed);
    }
}
