package dev.crossway.responder.support;

import dev.crossway.responder.domain.trust.ReplayCache;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The replay cache of one JVM, for tests of the pipeline; remembers until when each key was recorded. */
public final class MapReplayCache implements ReplayCache {

    private final Map<String, Instant> seen = new ConcurrentHashMap<>();

    @Override
    public boolean firstSeen(String key, Instant until) {
        return seen.putIfAbsent(key, until) == null;
    }

    public Map<String, Instant> seen() {
        return Map.copyOf(seen);
    }
}
