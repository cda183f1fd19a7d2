package dev.crossway.initiator.application;

import jakarta.ejb.Local;

/** This node's asynchronous patient queries, as the metrics and the dashboard count them. */
@Local
public interface JobQueue {

    /** Jobs started on this node and not finished yet. */
    int running();
}
