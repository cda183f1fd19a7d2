package dev.crossway.directory.infrastructure.cache;

import dev.crossway.interop.id.RandomUuids;
import org.infinispan.Cache;

/**
 * Change tokens in the replicated cache {@code signals} of container {@code crossway}: one entry per
 * kind of shared data (directory organizations, trust anchors, hosted communities). Replication is
 * synchronous, so {@link #advance} returns once every node holds the new token, and a node that
 * reads a token before its rows rebuilds whatever it kept once the token moves on. A cluster
 * started afresh has no token; the first reader creates one.
 */
public final class ClusterSignals {

    private ClusterSignals() {
    }

    /** The token of {@code key} now, created if the cluster has none yet. */
    public static String current(Cache<String, String> signals, String key) {
        String token = signals.get(key);
        if (token != null) {
            return token;
        }
        String fresh = RandomUuids.next().toString();
        String raced = signals.putIfAbsent(key, fresh);
        return raced == null ? fresh : raced;
    }

    /** Replaces the token of {@code key} on every node; called after the change has committed. */
    public static void advance(Cache<String, String> signals, String key) {
        signals.put(key, RandomUuids.next().toString());
    }
}
