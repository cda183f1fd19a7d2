package dev.crossway.responder.application;

import jakarta.ejb.Local;
import java.util.Map;

/** The gateway's replicated caches as the readiness check sees them. */
@Local
public interface CacheStatus {

    /** Per cache (identity, replay, correlations): whether it is running and accepts calls on this node. */
    Map<String, Boolean> running();
}
