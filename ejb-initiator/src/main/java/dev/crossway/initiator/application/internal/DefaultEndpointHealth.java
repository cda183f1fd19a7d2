package dev.crossway.initiator.application.internal;

import dev.crossway.initiator.application.CallRecord;
import dev.crossway.initiator.application.EndpointHealth;
import dev.crossway.initiator.application.EndpointStats;
import dev.crossway.initiator.application.HealthBucket;
import dev.crossway.initiator.infrastructure.persistence.JpaInitiatorRepository;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Endpoint health from the call log (at most {@value #MAX_ROWS} most recent calls per question)
 * and the live circuit states of this node.
 */
@Stateless
public class DefaultEndpointHealth implements EndpointHealth {

    static final int MAX_ROWS = 200_000;

    @PersistenceContext(unitName = "initiator")
    EntityManager em;
    @EJB
    OutboundGateway outbound;

    @Override
    public List<EndpointStats> stats(Instant since) {
        Instant from = since == null ? Instant.now().minus(Duration.ofDays(1)) : since;
        return HealthStatistics.stats(new JpaInitiatorRepository(em).callsSince(from, MAX_ROWS),
                url -> outbound.gateway().client().breaker(url).stateName());
    }

    @Override
    public List<CallRecord> recent(String endpointUrl, int max) {
        return new JpaInitiatorRepository(em).recentCalls(endpointUrl, max <= 0 ? 50 : Math.min(max, 1000)).stream()
                .map(HealthStatistics::record).toList();
    }

    @Override
    public List<HealthBucket> history(String endpointUrl, Instant since, Duration bucket) {
        Instant from = since == null ? Instant.now().minus(Duration.ofDays(1)) : since;
        return HealthStatistics.buckets(new JpaInitiatorRepository(em).callsOf(endpointUrl, from, MAX_ROWS), from,
                bucket == null ? Duration.ofHours(1) : bucket);
    }

    @Override
    public boolean healthy(String endpointUrl) {
        return outbound.gateway().client().healthy(endpointUrl);
    }
}
