package dev.crossway.responder.application;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Map;

/** The gateway's replicated caches and the cluster they replicate across, as the readiness check and the dashboard see them. */
@Local
public interface CacheStatus {

    /** Per cache (identity, replay, correlations): whether it is running and accepts calls on this node. */
    Map<String, Boolean> running();

    /** The cluster's nodes as this node sees them (its own name alone when it runs without others). */
    List<String> members();
}
