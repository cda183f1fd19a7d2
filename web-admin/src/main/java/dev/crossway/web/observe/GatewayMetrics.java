package dev.crossway.web.observe;

import dev.crossway.responder.application.GatewayReply;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The gateway's and the API's request metrics, in WildFly's Micrometer registry (Prometheus names:
 * {@code crossway_gateway_requests_total}, {@code crossway_gateway_request_seconds_*},
 * {@code crossway_gateway_request_latency_total}, {@code crossway_api_request_*}; docs/OPERATIONS.md,
 * Monitoring).
 */
@ApplicationScoped
public class GatewayMetrics {

    /** The initiator label of a request whose assertion was not verified: never the sender's claim. */
    static final String UNVERIFIED = "unverified";
    /** Method labels: any other (a client may send any token) is {@code other}, so labels stay few. */
    private static final java.util.Set<String> METHODS = java.util.Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");

    @Inject
    MeterRegistry registry;

    private final Map<Tags, Counter> requests = new ConcurrentHashMap<>();
    private LatencyHistogram gatewayLatency;
    private LatencyHistogram apiLatency;

    @PostConstruct
    void init() {
        gatewayLatency = new LatencyHistogram(registry, "crossway.gateway.request");
        apiLatency = new LatencyHistogram(registry, "crossway.api.request");
    }

    /** One gateway request: its transaction, how it ended, who asked (when verified), how long it took. */
    void gateway(String transaction, Optional<GatewayReply.Served> served, int httpStatus, Duration took) {
        String outcome = served.map(s -> s.outcome().name().toLowerCase(Locale.ROOT))
                .orElse(httpStatus >= 500 ? "error" : "refused");
        String initiator = served.flatMap(GatewayReply.Served::initiator).orElse(UNVERIFIED);
        Tags tags = Tags.of("transaction", transaction, "outcome", outcome, "initiator", initiator);
        requests.computeIfAbsent(tags, t -> registry.counter("crossway.gateway.requests", t)).increment();
        gatewayLatency.record(Tags.of("transaction", transaction, "outcome", outcome), took);
    }

    /** One API call: method, status class ({@code 2xx}...), how long it took. */
    void api(String method, int httpStatus, Duration took) {
        String m = METHODS.contains(method) ? method : "other";
        apiLatency.record(Tags.of("method", m, "status", (httpStatus / 100) + "xx"), took);
    }
}
