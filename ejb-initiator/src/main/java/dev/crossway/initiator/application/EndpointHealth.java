package dev.crossway.initiator.application;

import jakarta.ejb.Local;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** How the network's endpoints behave for us: every outbound call is recorded. */
@Local
public interface EndpointHealth {

    /** Per endpoint URL that was called since {@code since}, worst success rate first. */
    List<EndpointStats> stats(Instant since);

    /** The latest calls to one endpoint, newest first. */
    List<CallRecord> recent(String endpointUrl, int max);

    /** One endpoint's calls since {@code since} in slices of {@code bucket}, oldest first. */
    List<HealthBucket> history(String endpointUrl, Instant since, Duration bucket);

    /** False while the endpoint's circuit is open: calls to it are skipped. */
    boolean healthy(String endpointUrl);
}
